# localekit core catalog: Afrikaans (South Africa). Reference: locales/en-US/core.ftl.
# Register: informal "jy/jou" is the pack default; formal "u" for banks/government.

-assistant-name = Nova

greeting = { $formality ->
       *[informal] Hallo! Hoe kan ek jou vandag help?
        [formal] Hallo! Hoe kan ek u vandag help?
    }
    .title = Welkom

greeting-name = { $formality ->
       *[informal] Hallo, { $name }! Hoe kan ek jou vandag help?
        [formal] Hallo, { $name }! Hoe kan ek u vandag help?
    }

assistant-intro = { $formality ->
       *[informal] Ek is { -assistant-name }, jou assistent.
        [formal] Ek is { -assistant-name }, u assistent.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Tydhouer vir { NUMBER($minutes) } minuut gestel.
       *[other] Tydhouer vir { NUMBER($minutes) } minute gestel.
    }
    .title = Tydhouer

# $temperature (Number): degrees; $city (String)
weather-now = Dit is tans { NUMBER($temperature, maximumFractionDigits: 0) }° in { $city }.
    .title = Weer

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Voorspoedige nuwe jaar!
        [christmas] Geseënde Kersfees!
        [national_day] Gelukkige Vryheidsdag!
       *[other] Beste wense!
    }

error-retry = Jammer, iets het skeefgeloop. Probeer asseblief weer.
    .title = Iets het skeefgeloop
    .button-retry = Probeer weer

# $item (String): what will be deleted
confirm-delete = { $formality ->
       *[informal] Wil jy { $item } uitvee?
        [formal] Wil u { $item } uitvee?
    }
    .title = Uitvee?
    .button-yes = Vee uit
    .button-no = Kanselleer

# $items (List of strings)
item-list = { $formality ->
       *[informal] Jou lys bevat { LIST($items) }.
        [formal] U lys bevat { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
       *[informal]
            { $count ->
                [0] Jou mandjie is leeg.
                [one] Jy het { NUMBER($count) } item in jou mandjie.
               *[other] Jy het { NUMBER($count) } items in jou mandjie.
            }
        [formal]
            { $count ->
                [0] U mandjie is leeg.
                [one] U het { NUMBER($count) } item in u mandjie.
               *[other] U het { NUMBER($count) } items in u mandjie.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Dit kos { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
       *[informal] Ek sal jou op { DATETIME($when, dateStyle: "long") } om { DATETIME($when, timeStyle: "short") } herinner.
        [formal] Ek sal u op { DATETIME($when, dateStyle: "long") } om { DATETIME($when, timeStyle: "short") } herinner.
    }
    .title = Herinnering

goodbye = Totsiens! Lekker dag verder.
