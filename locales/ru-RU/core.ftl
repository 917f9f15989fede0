# localekit core catalog, Russian (Russia). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "вы" (formal, the default: *[formal]) or "ты" (informal).
# Plural categories (CLDR ru): one, few, many, other (other = fractions). Case endings never follow placeables.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Привет! Чем тебе помочь сегодня?
       *[formal] Здравствуйте! Чем я могу вам помочь сегодня?
    }
    .title = Добро пожаловать

greeting-name =
    { $formality ->
        [informal] Привет, { $name }! Чем тебе помочь сегодня?
       *[formal] Здравствуйте, { $name }! Чем я могу вам помочь сегодня?
    }

assistant-intro =
    { $formality ->
        [informal] Я { -assistant-name }, твой ассистент.
       *[formal] Я { -assistant-name }, ваш ассистент.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Таймер установлен на { NUMBER($minutes) } минуту.
        [few] Таймер установлен на { NUMBER($minutes) } минуты.
        [many] Таймер установлен на { NUMBER($minutes) } минут.
       *[other] Таймер установлен на { NUMBER($minutes) } минуты.
    }
    .title = Таймер

# $temperature (Number): degrees; $city (String)
weather-now = Сейчас в городе { $city } { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Погода

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] С Новым годом!
        [christmas] С Рождеством Христовым!
        [womens_day] С 8 Марта!
        [victory_day] С Днём Победы!
        [national_day] С Днём России!
       *[other]
            { $formality ->
                [informal] Поздравляю тебя с праздником!
               *[formal] Поздравляю вас с праздником!
            }
    }

error-retry =
    { $formality ->
        [informal] Ой, что-то пошло не так. Попробуй ещё раз.
       *[formal] Извините, что-то пошло не так. Попробуйте ещё раз.
    }
    .title = Что-то пошло не так
    .button-retry = Повторить

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] Хочешь удалить «{ $item }»?
       *[formal] Вы хотите удалить «{ $item }»?
    }
    .title = Удалить?
    .button-yes = Удалить
    .button-no = Отмена

# $items (List of strings)
item-list =
    { $formality ->
        [informal] В твоём списке: { LIST($items) }.
       *[formal] В вашем списке: { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] Твоя корзина пуста.
               *[formal] Ваша корзина пуста.
            }
        [one]
            { $formality ->
                [informal] В твоей корзине { NUMBER($count) } товар.
               *[formal] В вашей корзине { NUMBER($count) } товар.
            }
        [few]
            { $formality ->
                [informal] В твоей корзине { NUMBER($count) } товара.
               *[formal] В вашей корзине { NUMBER($count) } товара.
            }
        [many]
            { $formality ->
                [informal] В твоей корзине { NUMBER($count) } товаров.
               *[formal] В вашей корзине { NUMBER($count) } товаров.
            }
       *[other]
            { $formality ->
                [informal] В твоей корзине { NUMBER($count) } товара.
               *[formal] В вашей корзине { NUMBER($count) } товара.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Это стоит { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] Я напомню тебе { DATETIME($when, dateStyle: "long") } в { DATETIME($when, timeStyle: "short") }.
       *[formal] Я напомню вам { DATETIME($when, dateStyle: "long") } в { DATETIME($when, timeStyle: "short") }.
    }
    .title = Напоминание

goodbye =
    { $formality ->
        [informal] Пока! Хорошего дня.
       *[formal] До свидания! Хорошего дня.
    }
