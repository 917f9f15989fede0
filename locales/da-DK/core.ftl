# localekit core catalog: Danish (Denmark). Reference: locales/en-US/core.ftl.
# Register: informal "du" is the pack default (Microsoft Danish style guide); formal "De/Dem/Deres".

-assistant-name = Nova

greeting = { $formality ->
       *[informal] Hej! Hvordan kan jeg hjælpe dig i dag?
        [formal] Goddag! Hvordan kan jeg hjælpe Dem i dag?
    }
    .title = Velkommen

greeting-name = { $formality ->
       *[informal] Hej { $name }! Hvordan kan jeg hjælpe dig i dag?
        [formal] Goddag, { $name }! Hvordan kan jeg hjælpe Dem i dag?
    }

assistant-intro = { $formality ->
       *[informal] Jeg er { -assistant-name }, din assistent.
        [formal] Jeg er { -assistant-name }, Deres assistent.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Timeren er sat til { NUMBER($minutes) } minut.
       *[other] Timeren er sat til { NUMBER($minutes) } minutter.
    }
    .title = Timer

# $temperature (Number): degrees; $city (String)
weather-now = Det er lige nu { NUMBER($temperature, maximumFractionDigits: 0) }° i { $city }.
    .title = Vejret

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Godt nytår!
        [easter] God påske!
        [christmas] Glædelig jul!
       *[other] De bedste ønsker!
    }

error-retry = Beklager, noget gik galt. Prøv igen.
    .title = Noget gik galt
    .button-retry = Prøv igen

# $item (String): what will be deleted
confirm-delete = { $formality ->
       *[informal] Vil du slette { $item }?
        [formal] Ønsker De at slette { $item }?
    }
    .title = Slet?
    .button-yes = Slet
    .button-no = Annuller

# $items (List of strings)
item-list = { $formality ->
       *[informal] Din liste indeholder { LIST($items) }.
        [formal] Deres liste indeholder { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
       *[informal]
            { $count ->
                [0] Din kurv er tom.
                [one] Du har { NUMBER($count) } vare i din kurv.
               *[other] Du har { NUMBER($count) } varer i din kurv.
            }
        [formal]
            { $count ->
                [0] Deres kurv er tom.
                [one] De har { NUMBER($count) } vare i Deres kurv.
               *[other] De har { NUMBER($count) } varer i Deres kurv.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Det koster { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
       *[informal] Jeg minder dig om det den { DATETIME($when, dateStyle: "long") } kl. { DATETIME($when, timeStyle: "short") }.
        [formal] Jeg minder Dem om det den { DATETIME($when, dateStyle: "long") } kl. { DATETIME($when, timeStyle: "short") }.
    }
    .title = Påmindelse

goodbye = Farvel! Hav en god dag.
