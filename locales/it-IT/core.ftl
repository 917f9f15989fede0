# localekit core catalog: Italian (Italy). Reference: locales/en-US/core.ftl.
# Register: informal "tu" is the pack default (as in Italian voice assistants); formal "Lei"
# (capitalised courtesy forms: La, Le, Suo).
# Plural categories (CLDR it): one many other; "many" only differs for compact millions
# ("1 milione di…"), which NUMBER() does not produce here, so it repeats "other".

-assistant-name = Nova

greeting = { $formality ->
       *[informal] Ciao! Come posso aiutarti oggi?
        [formal] Buongiorno! Come posso aiutarLa oggi?
    }
    .title = Ciao!

greeting-name = { $formality ->
       *[informal] Ciao { $name }! Come posso aiutarti oggi?
        [formal] Buongiorno { $name }! Come posso aiutarLa oggi?
    }

assistant-intro = { $formality ->
       *[informal] Sono { -assistant-name }, il tuo assistente.
        [formal] Sono { -assistant-name }, il Suo assistente.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Timer impostato su { NUMBER($minutes) } minuto.
        [many] Timer impostato su { NUMBER($minutes) } minuti.
       *[other] Timer impostato su { NUMBER($minutes) } minuti.
    }
    .title = Timer

# $temperature (Number): degrees; $city (String)
weather-now = A { $city } ora ci sono { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Meteo

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Buon anno!
        [epiphany] Buona Epifania!
        [easter] Buona Pasqua!
        [christmas] Buon Natale!
        [national_day] Buona Festa della Repubblica!
       *[other] Tanti auguri!
    }

error-retry = { $formality ->
       *[informal] Spiacente, si è verificato un errore. Riprova.
        [formal] Spiacente, si è verificato un errore. La preghiamo di riprovare.
    }
    .title = Si è verificato un errore
    .button-retry = Riprova

# $item (String): what will be deleted
confirm-delete = { $formality ->
       *[informal] Vuoi eliminare { $item }?
        [formal] Desidera eliminare { $item }?
    }
    .title = Eliminare?
    .button-yes = Elimina
    .button-no = Annulla

# $items (List of strings)
item-list = { $formality ->
       *[informal] La tua lista contiene { LIST($items) }.
        [formal] La Sua lista contiene { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
       *[informal]
            { $count ->
                [0] Il tuo carrello è vuoto.
                [one] Hai { NUMBER($count) } articolo nel carrello.
                [many] Hai { NUMBER($count) } articoli nel carrello.
               *[other] Hai { NUMBER($count) } articoli nel carrello.
            }
        [formal]
            { $count ->
                [0] Il Suo carrello è vuoto.
                [one] Ha { NUMBER($count) } articolo nel carrello.
                [many] Ha { NUMBER($count) } articoli nel carrello.
               *[other] Ha { NUMBER($count) } articoli nel carrello.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Costa { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
       *[informal] Te lo ricorderò il { DATETIME($when, dateStyle: "long") } alle { DATETIME($when, timeStyle: "short") }.
        [formal] Glielo ricorderò il { DATETIME($when, dateStyle: "long") } alle { DATETIME($when, timeStyle: "short") }.
    }
    .title = Promemoria

goodbye = { $formality ->
       *[informal] Ciao! Buona giornata.
        [formal] Arrivederci! Buona giornata.
    }
