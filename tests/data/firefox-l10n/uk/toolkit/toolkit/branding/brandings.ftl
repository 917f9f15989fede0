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
-thunderbird-brand-name = Mozilla Thunderbird
-thunderbird-brand-short-name = Thunderbird
-mdn-brand-name = MDN Web Docs
-yelp-brand-name = Yelp
-fakespot-website-name = Fakespot.com
-fakespot-brand-full-name = Fakespot від Mozilla
-firefox-suggest-brand-name = Пропозиції Firefox
-firefox-home-brand-name =
    { $case ->
        [gen]
            { $capitalization ->
                [lower] домівки Firefox
               *[upper] Домівки Firefox
            }
        [dat]
            { $capitalization ->
                [lower] домівці Firefox
               *[upper] Домівці Firefox
            }
        [acc]
            { $capitalization ->
                [lower] домівку Firefox
               *[upper] Домівку Firefox
            }
        [abl]
            { $capitalization ->
                [lower] домівкою Firefox
               *[upper] Домівкою Firefox
            }
        [loc]
            { $capitalization ->
                [lower] домівці Firefox
               *[upper] Домівці Firefox
            }
       *[nom]
            { $capitalization ->
                [lower] домівка Firefox
               *[upper] Домівка Firefox
            }
    }
-firefoxview-brand-name =
    { $case ->
        [gen]
            { $capitalization ->
                [lower] оглядача Firefox
               *[upper] Оглядача Firefox
            }
        [dat]
            { $capitalization ->
                [lower] оглядачу Firefox
               *[upper] Оглядачу Firefox
            }
        [acc]
            { $capitalization ->
                [lower] оглядача Firefox
               *[upper] Оглядача Firefox
            }
        [abl]
            { $capitalization ->
                [lower] оглядачем Firefox
               *[upper] Оглядачем Firefox
            }
        [loc]
            { $capitalization ->
                [lower] оглядачі Firefox
               *[upper] Оглядачі Firefox
            }
       *[nom]
            { $capitalization ->
                [lower] оглядач Firefox
               *[upper] Оглядач Firefox
            }
    }
-firefoxlabs-brand-name = Firefox Labs
