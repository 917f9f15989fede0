# localekit core catalog: Javanese (Indonesia). Reference: locales/en-US/core.ftl.
# Register: formal = krama (panjenengan, kula, sampun) is the pack default; informal = ngoko
# (kowé, aku, -mu). Holiday names come from python-holidays in Indonesian.
# Plural categories (CLDR jv): other only.

-assistant-name = Nova

greeting = { $formality ->
        [informal] Halo! Apa sing isa tak bantu dina iki?
       *[formal] Halo! Menapa ingkang saged kula bantu dinten punika?
    }
    .title = Sugeng rawuh

greeting-name = { $formality ->
        [informal] Halo, { $name }! Apa sing isa tak bantu dina iki?
       *[formal] Halo, { $name }! Menapa ingkang saged kula bantu dinten punika?
    }

assistant-intro = { $formality ->
        [informal] Aku { -assistant-name }, asistenmu.
       *[formal] Kula { -assistant-name }, asisten panjenengan.
    }

# $minutes (Number): length of the timer
timer-set =
    { $formality ->
        [informal]
            { $minutes ->
               *[other] Timer wis disetel kanggo { NUMBER($minutes) } menit.
            }
       *[formal]
            { $minutes ->
               *[other] Timer sampun dipunsetel kangge { NUMBER($minutes) } menit.
            }
    }
    .title = Timer

# $temperature (Number): degrees; $city (String)
weather-now = { $formality ->
        [informal] Suhu ing { $city } saiki { NUMBER($temperature, maximumFractionDigits: 0) }°.
       *[formal] Suhu ing { $city } samenika { NUMBER($temperature, maximumFractionDigits: 0) }°.
    }
    .title = Cuaca

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [eid_al_fitr]
            { $formality ->
                [informal] Sugeng Riyaya, kabeh luputku nyuwun ngapura ya.
               *[formal] Sugeng Riyadi, sedaya lepat nyuwun pangapunten.
            }
        [eid_al_adha] Sugeng Riyadi Idul Adha!
        [national_day] Dirgahayu Republik Indonesia!
        [new_year]
            { $formality ->
                [informal] Slamet Taun Anyar!
               *[formal] Sugeng Warsa Enggal!
            }
        [islamic_new_year] Sugeng Warsa Enggal Hijriyah!
        [mawlid] Sugeng mèngeti Maulid Nabi Muhammad SAW!
        [christmas]
            { $formality ->
                [informal] Slamet Natal!
               *[formal] Sugeng Natal!
            }
       *[other] Salam rahayu!
    }

error-retry = { $formality ->
        [informal] Ngapura, ana sing salah. Coba maneh, ya.
       *[formal] Nyuwun pangapunten, wonten ingkang lepat. Mangga dipuncoba malih.
    }
    .title = Wonten ingkang lepat
    .button-retry = Coba malih

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] Apa kowé arep mbusak { $item }?
       *[formal] Menapa panjenengan badhé mbusak { $item }?
    }
    .title = Busak?
    .button-yes = Busak
    .button-no = Batal

# $items (List of strings)
item-list = { $formality ->
        [informal] Dhaptarmu isiné { LIST($items) }.
       *[formal] Dhaptar panjenengan isinipun { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] Kranjangmu isih kosong.
               *[other] Ana { NUMBER($count) } barang ing kranjangmu.
            }
       *[formal]
            { $count ->
                [0] Kranjang panjenengan taksih kosong.
               *[other] Wonten { NUMBER($count) } barang ing kranjang panjenengan.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = { $formality ->
        [informal] Regane { CURRENCY($amount, $currency) }.
       *[formal] Reginipun { CURRENCY($amount, $currency) }.
    }

# $when (Date/time)
reminder-set = { $formality ->
        [informal] Aku bakal ngélingké kowé ing { DATETIME($when, dateStyle: "long") } jam { DATETIME($when, timeStyle: "short") }.
       *[formal] Kula badhé ngengetaken panjenengan ing { DATETIME($when, dateStyle: "long") } jam { DATETIME($when, timeStyle: "short") }.
    }
    .title = Pangéling

goodbye = { $formality ->
        [informal] Dadah! Muga dinamu nyenengké.
       *[formal] Sugeng tindak! Mugi dinten panjenengan nyenengaken.
    }
