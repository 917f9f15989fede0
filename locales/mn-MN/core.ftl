# localekit core catalog, Mongolian (Mongolia). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "Та" (formal, the default: *[formal]) or "чи" (informal).
# Plural categories (CLDR mn): one, other (nouns stay singular after numerals). Case suffixes go on head
# nouns, never on placeables (vowel harmony is unknown).

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Сайн уу! Өнөөдөр чамд юугаар туслах вэ?
       *[formal] Сайн байна уу! Өнөөдөр Танд юугаар туслах вэ?
    }
    .title = Тавтай морил

greeting-name =
    { $formality ->
        [informal] Сайн уу, { $name }! Өнөөдөр чамд юугаар туслах вэ?
       *[formal] Сайн байна уу, { $name }! Өнөөдөр Танд юугаар туслах вэ?
    }

assistant-intro =
    { $formality ->
        [informal] Би { -assistant-name }, чиний туслах.
       *[formal] Би { -assistant-name } байна, Таны туслах.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] { NUMBER($minutes) } минутын цаг хэмжигч тохирууллаа.
       *[other] { NUMBER($minutes) } минутын цаг хэмжигч тохирууллаа.
    }
    .title = Цаг хэмжигч

# $temperature (Number): degrees; $city (String)
weather-now = { $city } хотод одоо { NUMBER($temperature, maximumFractionDigits: 0) }° байна.
    .title = Цаг агаар

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Шинэ оны мэнд хүргэе!
        [lunar_new_year] Сар шинэдээ сайхан шинэлээрэй!
        [womens_day] Олон улсын эмэгтэйчүүдийн баярын мэнд хүргэе!
        [childrens_day] Хүүхдийн баярын мэнд хүргэе!
        [national_day] Баяр наадмын мэнд хүргэе!
       *[other]
            { $formality ->
                [informal] Чамд баярын мэнд хүргэе!
               *[formal] Танд баярын мэнд хүргэе!
            }
    }

error-retry =
    { $formality ->
        [informal] Өө, нэг юм буруу боллоо. Дахиад оролдоод үз.
       *[formal] Уучлаарай, алдаа гарлаа. Дахин оролдоно уу.
    }
    .title = Алдаа гарлаа
    .button-retry = Дахин оролдох

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] Чи { $item } зүйлийг устгах уу?
       *[formal] Та { $item } зүйлийг устгах уу?
    }
    .title = Устгах уу?
    .button-yes = Устгах
    .button-no = Цуцлах

# $items (List of strings)
item-list =
    { $formality ->
        [informal] Чиний жагсаалтад { LIST($items) } байна.
       *[formal] Таны жагсаалтад { LIST($items) } байна.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] Чиний сагс хоосон байна.
               *[formal] Таны сагс хоосон байна.
            }
        [one]
            { $formality ->
                [informal] Чиний сагсанд { NUMBER($count) } бараа байна.
               *[formal] Таны сагсанд { NUMBER($count) } бараа байна.
            }
       *[other]
            { $formality ->
                [informal] Чиний сагсанд { NUMBER($count) } бараа байна.
               *[formal] Таны сагсанд { NUMBER($count) } бараа байна.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Үнэ нь { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") }, { DATETIME($when, timeStyle: "short") } цагт чамд сануулна.
       *[formal] { DATETIME($when, dateStyle: "long") }, { DATETIME($when, timeStyle: "short") } цагт Танд сануулна.
    }
    .title = Сануулга

goodbye =
    { $formality ->
        [informal] Баяртай! Сайхан өнгөрүүлээрэй.
       *[formal] Баяртай! Өдрийг сайхан өнгөрүүлээрэй.
    }
