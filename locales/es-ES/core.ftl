# localekit core catalog: Spanish (Spain). Reference: locales/en-US/core.ftl.
# Register: informal "tú" is the pack default (Microsoft Spanish style guide); formal "usted".
# Plural categories (CLDR es): one many other; "many" only differs for compact millions
# ("1 millón de…"), which NUMBER() does not produce here, so it repeats "other".

-assistant-name = Nova

greeting = { $formality ->
       *[informal] ¡Hola! ¿En qué puedo ayudarte hoy?
        [formal] ¡Hola! ¿En qué puedo ayudarle hoy?
    }
    .title = ¡Hola!

greeting-name = { $formality ->
       *[informal] ¡Hola, { $name }! ¿En qué puedo ayudarte hoy?
        [formal] ¡Hola, { $name }! ¿En qué puedo ayudarle hoy?
    }

assistant-intro = { $formality ->
       *[informal] Soy { -assistant-name }, tu asistente.
        [formal] Soy { -assistant-name }, su asistente.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] He puesto un temporizador de { NUMBER($minutes) } minuto.
        [many] He puesto un temporizador de { NUMBER($minutes) } minutos.
       *[other] He puesto un temporizador de { NUMBER($minutes) } minutos.
    }
    .title = Temporizador

# $temperature (Number): degrees; $city (String)
weather-now = Ahora mismo hace { NUMBER($temperature, maximumFractionDigits: 0) }° en { $city }.
    .title = El tiempo

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] ¡Feliz Año Nuevo!
        [epiphany] ¡Feliz Día de Reyes!
        [christmas] ¡Feliz Navidad!
        [national_day] ¡Feliz Fiesta Nacional!
       *[other] ¡Mis mejores deseos!
    }

error-retry = { $formality ->
       *[informal] Lo siento, algo ha ido mal. Inténtalo de nuevo.
        [formal] Lo siento, algo ha ido mal. Inténtelo de nuevo.
    }
    .title = Algo ha ido mal
    .button-retry = Reintentar

# $item (String): what will be deleted
confirm-delete = { $formality ->
       *[informal] ¿Quieres eliminar { $item }?
        [formal] ¿Desea eliminar { $item }?
    }
    .title = ¿Eliminar?
    .button-yes = Eliminar
    .button-no = Cancelar

# $items (List of strings)
item-list = { $formality ->
       *[informal] Tu lista contiene { LIST($items) }.
        [formal] Su lista contiene { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
       *[informal]
            { $count ->
                [0] Tu cesta está vacía.
                [one] Tienes { NUMBER($count) } artículo en la cesta.
                [many] Tienes { NUMBER($count) } artículos en la cesta.
               *[other] Tienes { NUMBER($count) } artículos en la cesta.
            }
        [formal]
            { $count ->
                [0] Su cesta está vacía.
                [one] Tiene { NUMBER($count) } artículo en la cesta.
                [many] Tiene { NUMBER($count) } artículos en la cesta.
               *[other] Tiene { NUMBER($count) } artículos en la cesta.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Cuesta { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
       *[informal] Te lo recordaré el { DATETIME($when, dateStyle: "long") } a las { DATETIME($when, timeStyle: "short") }.
        [formal] Se lo recordaré el { DATETIME($when, dateStyle: "long") } a las { DATETIME($when, timeStyle: "short") }.
    }
    .title = Recordatorio

goodbye = { $formality ->
       *[informal] ¡Adiós! Que tengas un buen día.
        [formal] ¡Adiós! Que tenga un buen día.
    }
