# localekit core catalog, Norwegian Bokmål (Norway). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "du" (informal, the default: *[informal]) or the old polite "De" (formal).
# Plural categories (CLDR nb): one, other. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
       *[informal] Hei! Hva kan jeg hjelpe deg med i dag?
        [formal] God dag! Hva kan jeg hjelpe Dem med i dag?
    }
    .title = Velkommen

greeting-name =
    { $formality ->
       *[informal] Hei, { $name }! Hva kan jeg hjelpe deg med i dag?
        [formal] God dag, { $name }! Hva kan jeg hjelpe Dem med i dag?
    }

assistant-intro =
    { $formality ->
       *[informal] Jeg er { -assistant-name }, assistenten din.
        [formal] Jeg er { -assistant-name }, Deres assistent.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Tidtakeren er satt til { NUMBER($minutes) } minutt.
       *[other] Tidtakeren er satt til { NUMBER($minutes) } minutter.
    }
    .title = Tidtaker

# $temperature (Number): degrees; $city (String)
weather-now = Nå er det { NUMBER($temperature, maximumFractionDigits: 0) }° i { $city }.
    .title = Vær

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Godt nytt år!
        [easter] God påske!
        [national_day] Gratulerer med dagen!
        [christmas] God jul!
       *[other] Alt godt!
    }

error-retry =
    { $formality ->
       *[informal] Beklager, noe gikk galt. Prøv igjen.
        [formal] Beklager, noe gikk galt. Vennligst prøv igjen.
    }
    .title = Noe gikk galt
    .button-retry = Prøv igjen

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
       *[informal] Vil du slette { $item }?
        [formal] Ønsker De å slette { $item }?
    }
    .title = Slette?
    .button-yes = Slett
    .button-no = Avbryt

# $items (List of strings)
item-list =
    { $formality ->
       *[informal] Listen din inneholder { LIST($items) }.
        [formal] Deres liste inneholder { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
               *[informal] Handlekurven din er tom.
                [formal] Deres handlekurv er tom.
            }
        [one]
            { $formality ->
               *[informal] Du har { NUMBER($count) } vare i handlekurven.
                [formal] De har { NUMBER($count) } vare i handlekurven.
            }
       *[other]
            { $formality ->
               *[informal] Du har { NUMBER($count) } varer i handlekurven.
                [formal] De har { NUMBER($count) } varer i handlekurven.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Det koster { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
       *[informal] Jeg minner deg på det { DATETIME($when, dateStyle: "long") } kl. { DATETIME($when, timeStyle: "short") }.
        [formal] Jeg minner Dem på det { DATETIME($when, dateStyle: "long") } kl. { DATETIME($when, timeStyle: "short") }.
    }
    .title = Påminnelse

goodbye =
    { $formality ->
       *[informal] Ha det! Ha en fin dag.
        [formal] Adjø! Ha en fortsatt god dag.
    }
