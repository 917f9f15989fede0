-facebook-container-brand-name = Facebook Container
-monitor-brand-name = Firefox Monitor
-monitor-brand-short-name = Monitor
-mozmonitor-brand-name = Mozilla Monitor
-pocket-brand-name = Pocket
-send-brand-name = Firefox Send
-screenshots-brand-name = Firefox Screenshots
-mozilla-vpn-brand-name = Mozilla VPN
-profiler-brand-name = Firefox Profiler
-translations-brand-name = Firefox Translations
-focus-brand-name = Firefox Focus
-relay-brand-name = Firefox Relay
-relay-brand-short-name = Relay
-fakespot-brand-name = Fakespot
-solo-ai-brand-name = Solo
-thunderbird-brand-name =
    { $case ->
        [gen] Mozilli Thunderbird
        [dat] Mozilli Thunderbird
        [acc] Mozillę Thunderbird
        [ins] Mozillą Thunderbird
        [loc] Mozilli Thunderbird
       *[nom] Mozilla Thunderbird
    }
-thunderbird-brand-short-name =
    { $case ->
        [gen] Thunderbirda
        [dat] Thunderbirdowi
        [acc] Thunderbirda
        [ins] Thunderbirdem
        [loc] Thunderbirdzie
       *[nom] Thunderbird
    }
-mdn-brand-name =
    { $case ->
        [gen]
            { $capitalization ->
                [lower] dokumentacji MDN
               *[upper] Dokumentacji MDN
            }
        [dat]
            { $capitalization ->
                [lower] dokumentacji MDN
               *[upper] Dokumentacji MDN
            }
        [acc]
            { $capitalization ->
                [lower] dokumentacji MDN
               *[upper] Dokumentacji MDN
            }
        [ins]
            { $capitalization ->
                [lower] dokumentacją MDN
               *[upper] Dokumentacją MDN
            }
        [loc]
            { $capitalization ->
                [lower] dokumentacji MDN
               *[upper] Dokumentacji MDN
            }
       *[nom]
            { $capitalization ->
                [lower] dokumentacja MDN
               *[upper] Dokumentacja MDN
            }
    }
-yelp-brand-name = Yelp
-fakespot-website-name = Fakespot.com
-fakespot-brand-full-name = Fakespot od Mozilli
-firefox-suggest-brand-name =
    { $case ->
        [gen]
            { $capitalization ->
                [lower] podpowiedzi Firefoksa
               *[upper] Podpowiedzi Firefoksa
            }
        [dat]
            { $capitalization ->
                [lower] podpowiedziom Firefoksa
               *[upper] Podpowiedziom Firefoksa
            }
        [acc]
            { $capitalization ->
                [lower] podpowiedzi Firefoksa
               *[upper] Podpowiedzi Firefoksa
            }
        [ins]
            { $capitalization ->
                [lower] podpowiedziami Firefoksa
               *[upper] Podpowiedziami Firefoksa
            }
        [loc]
            { $capitalization ->
                [lower] podpowiedziach Firefoksa
               *[upper] Podpowiedziach Firefoksa
            }
       *[nom]
            { $capitalization ->
                [lower] podpowiedzi Firefoksa
               *[upper] Podpowiedzi Firefoksa
            }
    }
-firefox-home-brand-name =
    { $case ->
        [gen]
            { $capitalization ->
                [lower] strony startowej Firefoksa
               *[upper] Strony startowej Firefoksa
            }
        [dat]
            { $capitalization ->
                [lower] stronie startowej Firefoksa
               *[upper] Stronie startowej Firefoksa
            }
        [acc]
            { $capitalization ->
                [lower] stronę startową Firefoksa
               *[upper] Stronę startową Firefoksa
            }
        [ins]
            { $capitalization ->
                [lower] stroną startową Firefoksa
               *[upper] Stroną startową Firefoksa
            }
        [loc]
            { $capitalization ->
                [lower] stronie startowej Firefoksa
               *[upper] Stronie startowej Firefoksa
            }
       *[nom]
            { $capitalization ->
                [lower] strona startowa Firefoksa
               *[upper] Strona startowa Firefoksa
            }
    }
-firefoxview-brand-name =
    { $case ->
        [gen]
            { $capitalization ->
                [lower] przeglądu Firefoksa
               *[upper] Przeglądu Firefoksa
            }
        [dat]
            { $capitalization ->
                [lower] przeglądowi Firefoksa
               *[upper] Przeglądowi Firefoksa
            }
        [acc]
            { $capitalization ->
                [lower] przegląd Firefoksa
               *[upper] Przegląd Firefoksa
            }
        [ins]
            { $capitalization ->
                [lower] przeglądem Firefoksa
               *[upper] Przeglądem Firefoksa
            }
        [loc]
            { $capitalization ->
                [lower] przeglądzie Firefoksa
               *[upper] Przeglądzie Firefoksa
            }
       *[nom]
            { $capitalization ->
                [lower] przegląd Firefoksa
               *[upper] Przegląd Firefoksa
            }
    }
-firefoxlabs-brand-name =
    { $case ->
        [gen]
            { $capitalization ->
                [lower] laboratorium Firefoksa
               *[upper] Laboratorium Firefoksa
            }
        [dat]
            { $capitalization ->
                [lower] laboratorium Firefoksa
               *[upper] Laboratorium Firefoksa
            }
        [acc]
            { $capitalization ->
                [lower] laboratorium Firefoksa
               *[upper] Laboratorium Firefoksa
            }
        [ins]
            { $capitalization ->
                [lower] laboratorium Firefoksa
               *[upper] Laboratorium Firefoksa
            }
        [loc]
            { $capitalization ->
                [lower] laboratorium Firefoksa
               *[upper] Laboratorium Firefoksa
            }
       *[nom]
            { $capitalization ->
                [lower] laboratorium Firefoksa
               *[upper] Laboratorium Firefoksa
            }
    }
