# localekit core catalog: Hungarian (Hungary). Reference: locales/en-US/core.ftl.
# Register: formal "Ön" (magázás) is the pack default; informal "te" (tegezés).
# Variables sit where Hungarian needs no case suffix ("{ $city }:", "a következőt: { $item }").

-assistant-name = Nova

greeting = { $formality ->
        [informal] Szia! Miben segíthetek ma neked?
       *[formal] Üdvözlöm! Miben segíthetek ma Önnek?
    }
    .title = Üdvözöljük

greeting-name = { $formality ->
        [informal] Szia, { $name }! Miben segíthetek ma neked?
       *[formal] Üdvözlöm, { $name }! Miben segíthetek ma Önnek?
    }

assistant-intro = { $formality ->
        [informal] { -assistant-name } vagyok, a te asszisztensed.
       *[formal] { -assistant-name } vagyok, az Ön asszisztense.
    }

# $minutes (Number): length of the timer (nouns stay singular after numerals)
timer-set =
    { $minutes ->
        [one] Időzítő beállítva: { NUMBER($minutes) } perc.
       *[other] Időzítő beállítva: { NUMBER($minutes) } perc.
    }
    .title = Időzítő

# $temperature (Number): degrees; $city (String)
weather-now = { $city }: jelenleg { NUMBER($temperature, maximumFractionDigits: 0) }° van.
    .title = Időjárás

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Boldog új évet!
        [easter] Kellemes húsvéti ünnepeket!
        [whit_monday] Kellemes pünkösdi ünnepeket!
        [christmas_eve] Boldog karácsonyt!
        [christmas] Boldog karácsonyt!
        [national_day] Szép ünnepet!
       *[other]
            { $formality ->
                [informal] Minden jót!
               *[formal] Minden jót kívánok Önnek!
            }
    }

error-retry = { $formality ->
        [informal] Sajnálom, hiba történt. Próbáld újra.
       *[formal] Elnézést, hiba történt. Kérjük, próbálja újra.
    }
    .title = Hiba történt
    .button-retry = Újra

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] Biztosan törlöd a következőt: { $item }?
       *[formal] Biztosan törli a következőt: { $item }?
    }
    .title = Törlés?
    .button-yes = Törlés
    .button-no = Mégse

# $items (List of strings)
item-list = { $formality ->
        [informal] A listádon ez szerepel: { LIST($items) }.
       *[formal] Az Ön listáján ez szerepel: { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] A kosarad üres.
                [one] A kosaradban { NUMBER($count) } termék van.
               *[other] A kosaradban { NUMBER($count) } termék van.
            }
       *[formal]
            { $count ->
                [0] Az Ön kosara üres.
                [one] Az Ön kosarában { NUMBER($count) } termék van.
               *[other] Az Ön kosarában { NUMBER($count) } termék van.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Ára: { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
        [informal] Emlékeztetni foglak: { DATETIME($when, dateStyle: "long") }, { DATETIME($when, timeStyle: "short") }.
       *[formal] Emlékeztetni fogom: { DATETIME($when, dateStyle: "long") }, { DATETIME($when, timeStyle: "short") }.
    }
    .title = Emlékeztető

goodbye = { $formality ->
        [informal] Szia! Szép napot!
       *[formal] Viszontlátásra! Szép napot kívánok.
    }
