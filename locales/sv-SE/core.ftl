# localekit core catalog, Swedish (Sweden). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "du" (informal, the default: *[informal]) or the old courtesy "Ni" (formal).
# Plural categories (CLDR sv): one, other. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
       *[informal] Hej! Vad kan jag hjälpa dig med i dag?
        [formal] Goddag! Vad kan jag hjälpa Er med i dag?
    }
    .title = Välkommen

greeting-name =
    { $formality ->
       *[informal] Hej { $name }! Vad kan jag hjälpa dig med i dag?
        [formal] Goddag { $name }! Vad kan jag hjälpa Er med i dag?
    }

assistant-intro =
    { $formality ->
       *[informal] Jag är { -assistant-name }, din assistent.
        [formal] Jag är { -assistant-name }, Er assistent.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Timern är inställd på { NUMBER($minutes) } minut.
       *[other] Timern är inställd på { NUMBER($minutes) } minuter.
    }
    .title = Timer

# $temperature (Number): degrees; $city (String)
weather-now = Just nu är det { NUMBER($temperature, maximumFractionDigits: 0) }° i { $city }.
    .title = Väder

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Gott nytt år!
        [easter] Glad påsk!
        [national_day] Glad nationaldag!
        [midsummer] Glad midsommar!
        [christmas_eve] God jul!
        [christmas] God jul!
       *[other] Allt gott!
    }

error-retry =
    { $formality ->
       *[informal] Något gick fel. Försök igen.
        [formal] Tyvärr gick något fel. Var vänlig försök igen.
    }
    .title = Något gick fel
    .button-retry = Försök igen

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
       *[informal] Vill du ta bort { $item }?
        [formal] Vill Ni ta bort { $item }?
    }
    .title = Ta bort?
    .button-yes = Ta bort
    .button-no = Avbryt

# $items (List of strings)
item-list =
    { $formality ->
       *[informal] Din lista innehåller { LIST($items) }.
        [formal] Er lista innehåller { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
               *[informal] Din varukorg är tom.
                [formal] Er varukorg är tom.
            }
        [one]
            { $formality ->
               *[informal] Du har { NUMBER($count) } vara i varukorgen.
                [formal] Ni har { NUMBER($count) } vara i varukorgen.
            }
       *[other]
            { $formality ->
               *[informal] Du har { NUMBER($count) } varor i varukorgen.
                [formal] Ni har { NUMBER($count) } varor i varukorgen.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Det kostar { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
       *[informal] Jag påminner dig den { DATETIME($when, dateStyle: "long") } kl. { DATETIME($when, timeStyle: "short") }.
        [formal] Jag påminner Er den { DATETIME($when, dateStyle: "long") } kl. { DATETIME($when, timeStyle: "short") }.
    }
    .title = Påminnelse

goodbye =
    { $formality ->
       *[informal] Hej då! Ha en fin dag.
        [formal] Adjö! Ha en fortsatt trevlig dag.
    }
