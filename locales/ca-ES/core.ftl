# localekit core catalog: Catalan (Spain). Reference: locales/en-US/core.ftl.
# Register: formal = "vós" (2nd-person plural verbs: "Voleu…?", Softcatalà/Firefox convention),
# the pack default; informal = "tu". Buttons use the 2sg imperative as in Softcatalà's guide.
# Plural categories (CLDR ca): one many other; "many" only differs for compact millions,
# which NUMBER() does not produce here, so it repeats "other".

-assistant-name = Nova

greeting = { $formality ->
        [informal] Hola! Com et puc ajudar avui?
       *[formal] Hola! Com us puc ajudar avui?
    }
    .title = Benvinguda

greeting-name = { $formality ->
        [informal] Hola, { $name }! Com et puc ajudar avui?
       *[formal] Hola, { $name }! Com us puc ajudar avui?
    }

assistant-intro = { $formality ->
        [informal] Soc { -assistant-name }, el teu assistent.
       *[formal] Soc { -assistant-name }, el vostre assistent.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] S'ha posat un temporitzador de { NUMBER($minutes) } minut.
        [many] S'ha posat un temporitzador de { NUMBER($minutes) } minuts.
       *[other] S'ha posat un temporitzador de { NUMBER($minutes) } minuts.
    }
    .title = Temporitzador

# $temperature (Number): degrees; $city (String)
weather-now = Ara fa { NUMBER($temperature, maximumFractionDigits: 0) }° a { $city }.
    .title = El temps

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Bon any nou!
        [christmas] Bon Nadal!
        [boxing_day] Bon Sant Esteve!
        [easter] Bona Pasqua!
        [national_day] Bona Diada!
       *[other] Molts records!
    }

error-retry = { $formality ->
        [informal] Ho sentim, alguna cosa no ha funcionat. Torna-ho a provar.
       *[formal] Ho sentim, alguna cosa no ha funcionat. Torneu-ho a provar.
    }
    .title = Hi ha hagut un error
    .button-retry = Reintenta

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] Vols suprimir { $item }?
       *[formal] Voleu suprimir { $item }?
    }
    .title = Suprimir?
    .button-yes = Suprimeix
    .button-no = Cancel·la

# $items (List of strings)
item-list = { $formality ->
        [informal] La teva llista conté { LIST($items) }.
       *[formal] La vostra llista conté { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] La teva cistella és buida.
                [one] Tens { NUMBER($count) } article a la cistella.
                [many] Tens { NUMBER($count) } articles a la cistella.
               *[other] Tens { NUMBER($count) } articles a la cistella.
            }
       *[formal]
            { $count ->
                [0] La vostra cistella és buida.
                [one] Teniu { NUMBER($count) } article a la cistella.
                [many] Teniu { NUMBER($count) } articles a la cistella.
               *[other] Teniu { NUMBER($count) } articles a la cistella.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Costa { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
        [informal] T'ho recordaré el { DATETIME($when, dateStyle: "long") } a les { DATETIME($when, timeStyle: "short") }.
       *[formal] Us ho recordaré el { DATETIME($when, dateStyle: "long") } a les { DATETIME($when, timeStyle: "short") }.
    }
    .title = Recordatori

goodbye = { $formality ->
        [informal] Adeu! Que tinguis un bon dia.
       *[formal] Adeu! Que tingueu un bon dia.
    }
