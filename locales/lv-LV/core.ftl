# localekit core catalog, Latvian (Latvia). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "Jūs" (formal, the default: *[formal]) or "tu" (informal).
# Plural categories (CLDR lv): zero, one, other (zero = 10-20, 30, 40...; one = 1, 21, 31...).

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Čau! Kā varu tev šodien palīdzēt?
       *[formal] Labdien! Kā varu Jums šodien palīdzēt?
    }
    .title = Laipni lūdzam

greeting-name =
    { $formality ->
        [informal] Čau, { $name }! Kā varu tev šodien palīdzēt?
       *[formal] Labdien, { $name }! Kā varu Jums šodien palīdzēt?
    }

assistant-intro =
    { $formality ->
        [informal] Es esmu { -assistant-name }, tava asistente.
       *[formal] Es esmu { -assistant-name }, Jūsu asistente.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [zero] Taimeris iestatīts uz { NUMBER($minutes) } minūtēm.
        [one] Taimeris iestatīts uz { NUMBER($minutes) } minūti.
       *[other] Taimeris iestatīts uz { NUMBER($minutes) } minūtēm.
    }
    .title = Taimeris

# $temperature (Number): degrees; $city (String)
weather-now = Pilsētā { $city } pašlaik ir { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Laikapstākļi

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Laimīgu Jauno gadu!
        [easter] Priecīgas Lieldienas!
        [midsummer] Līgo! Priecīgus Jāņus!
        [christmas_eve] Priecīgus Ziemassvētkus!
        [christmas] Priecīgus Ziemassvētkus!
        [national_day] Priecīgus svētkus!
       *[other] Visu labu!
    }

error-retry =
    { $formality ->
        [informal] Ups, kaut kas nogāja greizi. Mēģini vēlreiz.
       *[formal] Atvainojiet, radās kļūda. Lūdzu, mēģiniet vēlreiz.
    }
    .title = Radās kļūda
    .button-retry = Mēģināt vēlreiz

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] Vai gribi dzēst vienumu “{ $item }”?
       *[formal] Vai vēlaties dzēst vienumu “{ $item }”?
    }
    .title = Dzēst?
    .button-yes = Dzēst
    .button-no = Atcelt

# $items (List of strings)
item-list =
    { $formality ->
        [informal] Tavā sarakstā ir { LIST($items) }.
       *[formal] Jūsu sarakstā ir { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] Tavs grozs ir tukšs.
               *[formal] Jūsu grozs ir tukšs.
            }
        [zero]
            { $formality ->
                [informal] Tavā grozā ir { NUMBER($count) } preces.
               *[formal] Jūsu grozā ir { NUMBER($count) } preces.
            }
        [one]
            { $formality ->
                [informal] Tavā grozā ir { NUMBER($count) } prece.
               *[formal] Jūsu grozā ir { NUMBER($count) } prece.
            }
       *[other]
            { $formality ->
                [informal] Tavā grozā ir { NUMBER($count) } preces.
               *[formal] Jūsu grozā ir { NUMBER($count) } preces.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Tas maksā { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] Es tev atgādināšu { DATETIME($when, dateStyle: "long") } plkst. { DATETIME($when, timeStyle: "short") }.
       *[formal] Es Jums atgādināšu { DATETIME($when, dateStyle: "long") } plkst. { DATETIME($when, timeStyle: "short") }.
    }
    .title = Atgādinājums

goodbye =
    { $formality ->
        [informal] Atā! Jauku dienu!
       *[formal] Uz redzēšanos! Jauku dienu!
    }
