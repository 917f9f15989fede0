# localekit core catalog, Portuguese (Portugal). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects 3rd-person address ("Deseja", "o seu"; formal, the default: *[formal]) or "tu"
# (informal). "Você" is avoided. Plural categories (CLDR pt-PT): one, many, other. European vocabulary.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Olá! Como te posso ajudar hoje?
       *[formal] Olá! Em que posso ser útil hoje?
    }
    .title = Boas-vindas

greeting-name =
    { $formality ->
        [informal] Olá, { $name }! Como te posso ajudar hoje?
       *[formal] Olá, { $name }! Em que posso ser útil hoje?
    }

assistant-intro =
    { $formality ->
        [informal] Sou a { -assistant-name }, a tua assistente.
       *[formal] Sou a { -assistant-name }, a sua assistente.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Temporizador definido para { NUMBER($minutes) } minuto.
        [many] Temporizador definido para { NUMBER($minutes) } minutos.
       *[other] Temporizador definido para { NUMBER($minutes) } minutos.
    }
    .title = Temporizador

# $temperature (Number): degrees; $city (String)
weather-now = Neste momento estão { NUMBER($temperature, maximumFractionDigits: 0) }° em { $city }.
    .title = Tempo

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Feliz Ano Novo!
        [easter] Boa Páscoa!
        [christmas] Feliz Natal!
        [national_day] Feliz Dia de Portugal!
       *[other] Felicidades!
    }

error-retry =
    { $formality ->
        [informal] Ups, algo correu mal. Tenta outra vez.
       *[formal] Lamentamos, ocorreu um erro. Tente novamente.
    }
    .title = Ocorreu um erro
    .button-retry = Tentar novamente

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] Queres eliminar { $item }?
       *[formal] Deseja eliminar { $item }?
    }
    .title = Eliminar?
    .button-yes = Eliminar
    .button-no = Cancelar

# $items (List of strings)
item-list =
    { $formality ->
        [informal] A tua lista tem { LIST($items) }.
       *[formal] A sua lista contém { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] O teu carrinho está vazio.
               *[formal] O seu carrinho está vazio.
            }
        [one]
            { $formality ->
                [informal] Tens { NUMBER($count) } artigo no carrinho.
               *[formal] Tem { NUMBER($count) } artigo no carrinho.
            }
        [many]
            { $formality ->
                [informal] Tens { NUMBER($count) } artigos no carrinho.
               *[formal] Tem { NUMBER($count) } artigos no carrinho.
            }
       *[other]
            { $formality ->
                [informal] Tens { NUMBER($count) } artigos no carrinho.
               *[formal] Tem { NUMBER($count) } artigos no carrinho.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Custa { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] Vou lembrar-te a { DATETIME($when, dateStyle: "long") } às { DATETIME($when, timeStyle: "short") }.
       *[formal] Vou enviar-lhe um lembrete a { DATETIME($when, dateStyle: "long") } às { DATETIME($when, timeStyle: "short") }.
    }
    .title = Lembrete

goodbye =
    { $formality ->
        [informal] Até logo! Tem um bom dia.
       *[formal] Até breve! Tenha um bom dia.
    }
