# localekit core catalog: Arabic (Saudi Arabia). Reference: locales/en-US/core.ftl.
# Register: Modern Standard Arabic, second person masculine singular (Microsoft Arabic style
# guide). Arabic has no T/V pronoun pair, so messages have no $formality variants.
# Plural categories (CLDR ar): zero one two few many other.

-assistant-name = Nova

greeting = مرحبًا! كيف يمكنني مساعدتك اليوم؟
    .title = أهلًا بك

greeting-name = مرحبًا { $name }! كيف يمكنني مساعدتك اليوم؟

assistant-intro = أنا { -assistant-name }، مساعدك الشخصي.

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [zero] تم ضبط المؤقت على { NUMBER($minutes) } دقيقة.
        [one] تم ضبط المؤقت على دقيقة واحدة.
        [two] تم ضبط المؤقت على دقيقتين.
        [few] تم ضبط المؤقت على { NUMBER($minutes) } دقائق.
        [many] تم ضبط المؤقت على { NUMBER($minutes) } دقيقة.
       *[other] تم ضبط المؤقت على { NUMBER($minutes) } دقيقة.
    }
    .title = المؤقت

# $temperature (Number): degrees; $city (String)
weather-now = درجة الحرارة الآن في { $city } هي { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = الطقس

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [eid_al_fitr]
            { $formality ->
                [informal] عيد فطر مبارك! كل عام وأنت بخير.
               *[formal] عيد فطر مبارك! كل عام وأنتم بخير.
            }
        [eid_al_adha]
            { $formality ->
                [informal] عيد أضحى مبارك! كل عام وأنت بخير.
               *[formal] عيد أضحى مبارك! كل عام وأنتم بخير.
            }
        [national_day] كل عام والوطن بخير!
       *[other]
            { $formality ->
                [informal] كل عام وأنت بخير!
               *[formal] كل عام وأنتم بخير!
            }
    }

error-retry = عذرًا، حدث خطأ ما. يُرجى المحاولة مرة أخرى.
    .title = حدث خطأ ما
    .button-retry = إعادة المحاولة

# $item (String): what will be deleted
confirm-delete = هل تريد حذف { $item }؟
    .title = حذف؟
    .button-yes = حذف
    .button-no = إلغاء

# $items (List of strings)
item-list = تحتوي قائمتك على { LIST($items) }.

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0] سلة التسوق فارغة.
        [zero] لديك { NUMBER($count) } منتج في سلتك.
        [one] لديك منتج واحد في سلتك.
        [two] لديك منتجان في سلتك.
        [few] لديك { NUMBER($count) } منتجات في سلتك.
        [many] لديك { NUMBER($count) } منتجًا في سلتك.
       *[other] لديك { NUMBER($count) } منتج في سلتك.
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = السعر { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = سأذكّرك يوم { DATETIME($when, dateStyle: "long") } الساعة { DATETIME($when, timeStyle: "short") }.
    .title = تذكير

goodbye = مع السلامة! أتمنى لك يومًا سعيدًا.
