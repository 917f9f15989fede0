# localekit core catalog: Azerbaijani (Azerbaijan). Reference: locales/en-US/core.ftl.
# Register: formal "siz" is the pack default; informal "sən".

-assistant-name = Nova

greeting = { $formality ->
        [informal] Salam! Bu gün sənə necə kömək edə bilərəm?
       *[formal] Salam! Bu gün sizə necə kömək edə bilərəm?
    }
    .title = Xoş gəlmisiniz

greeting-name = { $formality ->
        [informal] Salam, { $name }! Bu gün sənə necə kömək edə bilərəm?
       *[formal] Salam, { $name }! Bu gün sizə necə kömək edə bilərəm?
    }

assistant-intro = { $formality ->
        [informal] Mən { -assistant-name }, sənin köməkçinəm.
       *[formal] Mən { -assistant-name }, sizin köməkçinizəm.
    }

# $minutes (Number): length of the timer (nouns stay singular after numerals)
timer-set =
    { $minutes ->
        [one] Taymer { NUMBER($minutes) } dəqiqəyə quruldu.
       *[other] Taymer { NUMBER($minutes) } dəqiqəyə quruldu.
    }
    .title = Taymer

# $temperature (Number): degrees; $city (String)
weather-now = Hazırda { $city } şəhərində temperatur { NUMBER($temperature, maximumFractionDigits: 0) }° təşkil edir.
    .title = Hava

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year]
            { $formality ->
                [informal] Yeni ilin mübarək!
               *[formal] Yeni iliniz mübarək!
            }
        [nowruz]
            { $formality ->
                [informal] Novruz bayramın mübarək!
               *[formal] Novruz bayramınız mübarək!
            }
        [eid_al_fitr]
            { $formality ->
                [informal] Ramazan bayramın mübarək!
               *[formal] Ramazan bayramınız mübarək!
            }
        [eid_al_adha]
            { $formality ->
                [informal] Qurban bayramın mübarək!
               *[formal] Qurban bayramınız mübarək!
            }
        [national_day] Müstəqillik Günü mübarək!
        [womens_day] 8 Mart – Qadınlar günü mübarək!
       *[other]
            { $formality ->
                [informal] Bayramın mübarək!
               *[formal] Bayramınız mübarək!
            }
    }

error-retry = { $formality ->
        [informal] Bağışla, xəta baş verdi. Yenidən cəhd et.
       *[formal] Bağışlayın, xəta baş verdi. Yenidən cəhd edin.
    }
    .title = Xəta baş verdi
    .button-retry = Təkrarla

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] «{ $item }» silmək istəyirsən?
       *[formal] «{ $item }» silmək istəyirsiniz?
    }
    .title = Silinsin?
    .button-yes = Sil
    .button-no = Ləğv et

# $items (List of strings)
item-list = { $formality ->
        [informal] Siyahında bunlar var: { LIST($items) }.
       *[formal] Siyahınızda bunlar var: { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] Səbətin boşdur.
                [one] Səbətində { NUMBER($count) } məhsul var.
               *[other] Səbətində { NUMBER($count) } məhsul var.
            }
       *[formal]
            { $count ->
                [0] Səbətiniz boşdur.
                [one] Səbətinizdə { NUMBER($count) } məhsul var.
               *[other] Səbətinizdə { NUMBER($count) } məhsul var.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Qiyməti: { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") }, saat { DATETIME($when, timeStyle: "short") } sənə xatırladacağam.
       *[formal] { DATETIME($when, dateStyle: "long") }, saat { DATETIME($when, timeStyle: "short") } sizə xatırladacağam.
    }
    .title = Xatırlatma

goodbye = { $formality ->
        [informal] Sağ ol! Günün xoş keçsin.
       *[formal] Sağ olun! Gününüz xoş keçsin.
    }
