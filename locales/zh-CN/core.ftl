# localekit core catalog, Chinese (Simplified, China). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects 您 (formal, the default: *[formal]) or 你 (informal).
# Plural categories (CLDR zh): other only. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] 你好！今天有什么可以帮你的？
       *[formal] 您好！今天有什么可以帮您？
    }
    .title = 欢迎

greeting-name =
    { $formality ->
        [informal] { $name }，你好！今天有什么可以帮你的？
       *[formal] { $name }，您好！今天有什么可以帮您？
    }

assistant-intro =
    { $formality ->
        [informal] 我是{ -assistant-name }，你的智能助手。
       *[formal] 我是{ -assistant-name }，您的智能助手。
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
       *[other] 已设置{ NUMBER($minutes) }分钟的计时器。
    }
    .title = 计时器

# $temperature (Number): degrees; $city (String)
weather-now = { $city }现在的气温是{ NUMBER($temperature, maximumFractionDigits: 0) }°。
    .title = 天气

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year]
            { $formality ->
                [informal] 新年快乐！
               *[formal] 祝您新年快乐！
            }
        [lunar_new_year]
            { $formality ->
                [informal] 春节快乐！
               *[formal] 祝您春节快乐，万事如意！
            }
        [labour_day] 劳动节快乐！
        [dragon_boat]
            { $formality ->
                [informal] 端午安康！
               *[formal] 祝您端午安康！
            }
        [mid_autumn]
            { $formality ->
                [informal] 中秋快乐！
               *[formal] 祝您中秋快乐！
            }
        [national_day] 国庆快乐！
       *[other]
            { $formality ->
                [informal] 节日快乐！
               *[formal] 祝您节日快乐！
            }
    }

error-retry =
    { $formality ->
        [informal] 抱歉，出了点问题。再试一次吧。
       *[formal] 抱歉，出现了问题。请您再试一次。
    }
    .title = 出错了
    .button-retry = 重试

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] 你确定要删除“{ $item }”吗？
       *[formal] 您确定要删除“{ $item }”吗？
    }
    .title = 删除？
    .button-yes = 删除
    .button-no = 取消

# $items (List of strings)
item-list =
    { $formality ->
        [informal] 你的清单里有{ LIST($items) }。
       *[formal] 您的清单包含{ LIST($items) }。
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] 你的购物车是空的。
               *[formal] 您的购物车是空的。
            }
       *[other]
            { $formality ->
                [informal] 你的购物车里有{ NUMBER($count) }件商品。
               *[formal] 您的购物车中有{ NUMBER($count) }件商品。
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = 价格为{ CURRENCY($amount, $currency) }。

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] 我会在{ DATETIME($when, dateStyle: "long") }{ DATETIME($when, timeStyle: "short") }提醒你。
       *[formal] 我会在{ DATETIME($when, dateStyle: "long") }{ DATETIME($when, timeStyle: "short") }提醒您。
    }
    .title = 提醒

goodbye =
    { $formality ->
        [informal] 拜拜！祝你今天开心。
       *[formal] 再见！祝您今天愉快。
    }
