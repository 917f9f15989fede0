# localekit core catalog, Malay (Malaysia). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "anda" (formal, the default: *[formal]) or "awak" with colloquial forms (informal).
# Plural categories (CLDR ms): other only. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Hai! Ada apa yang boleh saya tolong awak hari ni?
       *[formal] Helo! Apa yang boleh saya bantu anda hari ini?
    }
    .title = Selamat datang

greeting-name =
    { $formality ->
        [informal] Hai, { $name }! Ada apa yang boleh saya tolong awak hari ni?
       *[formal] Helo, { $name }! Apa yang boleh saya bantu anda hari ini?
    }

assistant-intro =
    { $formality ->
        [informal] Saya { -assistant-name }, pembantu awak.
       *[formal] Saya { -assistant-name }, pembantu anda.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
       *[other] Pemasa ditetapkan selama { NUMBER($minutes) } minit.
    }
    .title = Pemasa

# $temperature (Number): degrees; $city (String)
weather-now = Suhu di { $city } sekarang { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Cuaca

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [eid_al_fitr] Selamat Hari Raya Aidilfitri, maaf zahir dan batin!
        [eid_al_adha] Selamat Hari Raya Aidiladha!
        [islamic_new_year] Salam Maal Hijrah!
        [mawlid] Salam Maulidur Rasul!
        [national_day] Selamat Hari Kebangsaan!
        [lunar_new_year] Selamat Tahun Baru Cina!
        [diwali] Selamat Hari Deepavali!
        [vesak] Selamat Hari Wesak!
        [christmas] Selamat Hari Krismas!
       *[other] Salam sejahtera!
    }

error-retry =
    { $formality ->
        [informal] Alamak, ada masalah. Cuba lagi ya.
       *[formal] Maaf, berlaku ralat. Sila cuba lagi.
    }
    .title = Ralat berlaku
    .button-retry = Cuba lagi

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] Awak nak padam { $item }?
       *[formal] Adakah anda mahu memadam { $item }?
    }
    .title = Padam?
    .button-yes = Padam
    .button-no = Batal

# $items (List of strings)
item-list =
    { $formality ->
        [informal] Senarai awak ada { LIST($items) }.
       *[formal] Senarai anda mengandungi { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] Troli awak kosong.
               *[formal] Troli anda kosong.
            }
       *[other]
            { $formality ->
                [informal] Ada { NUMBER($count) } item dalam troli awak.
               *[formal] Terdapat { NUMBER($count) } item dalam troli anda.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Harganya { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] Nanti saya ingatkan awak pada { DATETIME($when, dateStyle: "long") } pukul { DATETIME($when, timeStyle: "short") }.
       *[formal] Saya akan mengingatkan anda pada { DATETIME($when, dateStyle: "long") } pukul { DATETIME($when, timeStyle: "short") }.
    }
    .title = Peringatan

goodbye =
    { $formality ->
        [informal] Bye! Jumpa lagi.
       *[formal] Selamat tinggal! Semoga hari anda menyenangkan.
    }
