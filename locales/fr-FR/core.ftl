# localekit core catalog: French (France). Reference: locales/en-US/core.ftl.
# Register: formal "vous" is the pack default; informal "tu".
# Typography: narrow no-break space (U+202F) before ! ? and no-break space before :.
# Plural categories (CLDR fr): one many other; "many" only differs for compact millions
# ("1 million de…"), which NUMBER() does not produce here, so it repeats "other".

-assistant-name = Nova

greeting = { $formality ->
        [informal] Salut ! Comment puis-je t’aider aujourd’hui ?
       *[formal] Bonjour ! Comment puis-je vous aider aujourd’hui ?
    }
    .title = Bienvenue

greeting-name = { $formality ->
        [informal] Salut { $name } ! Comment puis-je t’aider aujourd’hui ?
       *[formal] Bonjour { $name } ! Comment puis-je vous aider aujourd’hui ?
    }

assistant-intro = { $formality ->
        [informal] Je suis { -assistant-name }, ton assistant.
       *[formal] Je suis { -assistant-name }, votre assistant.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Minuteur réglé sur { NUMBER($minutes) } minute.
        [many] Minuteur réglé sur { NUMBER($minutes) } minutes.
       *[other] Minuteur réglé sur { NUMBER($minutes) } minutes.
    }
    .title = Minuteur

# $temperature (Number): degrees; $city (String)
weather-now = Il fait actuellement { NUMBER($temperature, maximumFractionDigits: 0) }° à { $city }.
    .title = Météo

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Bonne année !
        [easter] Joyeuses Pâques !
        [christmas] Joyeux Noël !
        [national_day] Bonne fête nationale !
       *[other] Meilleurs vœux !
    }

error-retry = { $formality ->
        [informal] Désolé, une erreur s’est produite. Réessaie.
       *[formal] Désolé, une erreur s’est produite. Veuillez réessayer.
    }
    .title = Une erreur s’est produite
    .button-retry = Réessayer

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] Veux-tu supprimer { $item } ?
       *[formal] Voulez-vous supprimer { $item } ?
    }
    .title = Supprimer ?
    .button-yes = Supprimer
    .button-no = Annuler

# $items (List of strings)
item-list = { $formality ->
        [informal] Ta liste contient { LIST($items) }.
       *[formal] Votre liste contient { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] Ton panier est vide.
                [one] Tu as { NUMBER($count) } article dans ton panier.
                [many] Tu as { NUMBER($count) } articles dans ton panier.
               *[other] Tu as { NUMBER($count) } articles dans ton panier.
            }
       *[formal]
            { $count ->
                [0] Votre panier est vide.
                [one] Vous avez { NUMBER($count) } article dans votre panier.
                [many] Vous avez { NUMBER($count) } articles dans votre panier.
               *[other] Vous avez { NUMBER($count) } articles dans votre panier.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Cela coûte { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
        [informal] Je te le rappellerai le { DATETIME($when, dateStyle: "long") } à { DATETIME($when, timeStyle: "short") }.
       *[formal] Je vous le rappellerai le { DATETIME($when, dateStyle: "long") } à { DATETIME($when, timeStyle: "short") }.
    }
    .title = Rappel

goodbye = Au revoir ! Bonne journée !
