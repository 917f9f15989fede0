# localekit core catalog, Turkish (Türkiye). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "siz" (formal, the default: *[formal]) or "sen" (informal).
# Plural categories (CLDR tr): one, other (nouns stay singular after numerals). No suffixes are attached to
# placeables (vowel harmony is unknown); a head noun carries them instead ("{ $item } öğesini").

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Selam! Bugün sana nasıl yardımcı olabilirim?
       *[formal] Merhaba! Bugün size nasıl yardımcı olabilirim?
    }
    .title = Hoş geldiniz

greeting-name =
    { $formality ->
        [informal] Selam { $name }! Bugün sana nasıl yardımcı olabilirim?
       *[formal] Merhaba { $name }! Bugün size nasıl yardımcı olabilirim?
    }

assistant-intro =
    { $formality ->
        [informal] Ben { -assistant-name }, senin asistanınım.
       *[formal] Ben { -assistant-name }, sizin asistanınızım.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] { NUMBER($minutes) } dakikalık zamanlayıcı kuruldu.
       *[other] { NUMBER($minutes) } dakikalık zamanlayıcı kuruldu.
    }
    .title = Zamanlayıcı

# $temperature (Number): degrees; $city (String)
weather-now = Şu anda { $city } şehrinde sıcaklık { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Hava durumu

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year]
            { $formality ->
                [informal] Yeni yılın kutlu olsun!
               *[formal] Yeni yılınız kutlu olsun!
            }
        [childrens_day] 23 Nisan Ulusal Egemenlik ve Çocuk Bayramı kutlu olsun!
        [national_day] Cumhuriyet Bayramımız kutlu olsun!
        [victory_day] 30 Ağustos Zafer Bayramımız kutlu olsun!
        [eid_al_fitr]
            { $formality ->
                [informal] Ramazan Bayramın mübarek olsun!
               *[formal] Ramazan Bayramınız mübarek olsun!
            }
        [eid_al_adha]
            { $formality ->
                [informal] Kurban Bayramın mübarek olsun!
               *[formal] Kurban Bayramınız mübarek olsun!
            }
       *[other]
            { $formality ->
                [informal] Bayramın kutlu olsun!
               *[formal] Bayramınız kutlu olsun!
            }
    }

error-retry =
    { $formality ->
        [informal] Üzgünüm, bir şeyler ters gitti. Tekrar dener misin?
       *[formal] Üzgünüm, bir sorun oluştu. Lütfen tekrar deneyin.
    }
    .title = Bir sorun oluştu
    .button-retry = Tekrar dene

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] { $item } öğesini silmek istiyor musun?
       *[formal] { $item } öğesini silmek istiyor musunuz?
    }
    .title = Silinsin mi?
    .button-yes = Sil
    .button-no = İptal

# $items (List of strings)
item-list =
    { $formality ->
        [informal] Listende { LIST($items) } var.
       *[formal] Listenizde { LIST($items) } var.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] Sepetin boş.
               *[formal] Sepetiniz boş.
            }
        [one]
            { $formality ->
                [informal] Sepetinde { NUMBER($count) } ürün var.
               *[formal] Sepetinizde { NUMBER($count) } ürün var.
            }
       *[other]
            { $formality ->
                [informal] Sepetinde { NUMBER($count) } ürün var.
               *[formal] Sepetinizde { NUMBER($count) } ürün var.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Fiyatı { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") }, saat { DATETIME($when, timeStyle: "short") } olduğunda sana hatırlatacağım.
       *[formal] { DATETIME($when, dateStyle: "long") }, saat { DATETIME($when, timeStyle: "short") } olduğunda size hatırlatacağım.
    }
    .title = Anımsatıcı

goodbye =
    { $formality ->
        [informal] Görüşürüz! İyi günler.
       *[formal] Hoşça kalın! İyi günler dilerim.
    }
