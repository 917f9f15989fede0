# localekit core catalog, Chinese (Traditional, Taiwan). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects 您 (formal, the default: *[formal]) or 你 (informal). Taiwan vocabulary.
# Plural categories (CLDR zh): other only. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] 嗨！今天有什麼我可以幫你的嗎？
       *[formal] 您好！今天有什麼我可以為您服務的嗎？
    }
    .title = 歡迎

greeting-name =
    { $formality ->
        [informal] { $name }，嗨！今天有什麼我可以幫你的嗎？
       *[formal] { $name }，您好！今天有什麼我可以為您服務的嗎？
    }

assistant-intro =
    { $formality ->
        [informal] 我是{ -assistant-name }，你的智慧助理。
       *[formal] 我是{ -assistant-name }，您的智慧助理。
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
       *[other] 已設定{ NUMBER($minutes) }分鐘的計時器。
    }
    .title = 計時器

# $temperature (Number): degrees; $city (String)
weather-now = { $city }目前氣溫{ NUMBER($temperature, maximumFractionDigits: 0) }°。
    .title = 天氣

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year]
            { $formality ->
                [informal] 新年快樂！
               *[formal] 祝您新年快樂！
            }
        [lunar_new_year]
            { $formality ->
                [informal] 新年快樂，恭喜發財！
               *[formal] 祝您新年快樂，恭喜發財！
            }
        [dragon_boat] 端午節快樂！
        [mid_autumn]
            { $formality ->
                [informal] 中秋節快樂！
               *[formal] 祝您中秋節快樂！
            }
        [childrens_day] 兒童節快樂！
        [national_day] 國慶日快樂！
       *[other]
            { $formality ->
                [informal] 節日快樂！
               *[formal] 祝您節日快樂！
            }
    }

error-retry =
    { $formality ->
        [informal] 抱歉，出了點問題。再試一次吧。
       *[formal] 抱歉，發生錯誤。請您再試一次。
    }
    .title = 發生錯誤
    .button-retry = 重試

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] 你確定要刪除「{ $item }」嗎？
       *[formal] 您確定要刪除「{ $item }」嗎？
    }
    .title = 要刪除嗎？
    .button-yes = 刪除
    .button-no = 取消

# $items (List of strings)
item-list =
    { $formality ->
        [informal] 你的清單裡有{ LIST($items) }。
       *[formal] 您的清單包含{ LIST($items) }。
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] 你的購物車是空的。
               *[formal] 您的購物車是空的。
            }
       *[other]
            { $formality ->
                [informal] 你的購物車裡有{ NUMBER($count) }件商品。
               *[formal] 您的購物車中有{ NUMBER($count) }件商品。
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = 價格為{ CURRENCY($amount, $currency) }。

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] 我會在{ DATETIME($when, dateStyle: "long") }{ DATETIME($when, timeStyle: "short") }提醒你。
       *[formal] 我會在{ DATETIME($when, dateStyle: "long") }{ DATETIME($when, timeStyle: "short") }提醒您。
    }
    .title = 提醒

goodbye =
    { $formality ->
        [informal] 掰掰！祝你今天愉快。
       *[formal] 再見！祝您有美好的一天。
    }
