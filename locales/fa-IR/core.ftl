# localekit core catalog: Persian (Iran). Reference: locales/en-US/core.ftl.
# Register: formal "شما" with plural verbs is the pack default; informal "تو" (written, not
# colloquial, forms). Uses Persian ی/ک and ZWNJ (U+200C) in می‌ and compounds.

-assistant-name = Nova

greeting = { $formality ->
        [informal] سلام! امروز چطور می‌توانم به تو کمک کنم؟
       *[formal] سلام! امروز چطور می‌توانم به شما کمک کنم؟
    }
    .title = خوش آمدید

greeting-name = { $formality ->
        [informal] سلام { $name }! امروز چطور می‌توانم به تو کمک کنم؟
       *[formal] سلام { $name }! امروز چطور می‌توانم به شما کمک کنم؟
    }

assistant-intro = { $formality ->
        [informal] من { -assistant-name } هستم، دستیار تو.
       *[formal] من { -assistant-name } هستم، دستیار شما.
    }

# $minutes (Number): length of the timer (nouns stay singular after numerals)
timer-set =
    { $minutes ->
        [one] زمان‌سنج برای { NUMBER($minutes) } دقیقه تنظیم شد.
       *[other] زمان‌سنج برای { NUMBER($minutes) } دقیقه تنظیم شد.
    }
    .title = زمان‌سنج

# $temperature (Number): degrees; $city (String)
weather-now = هم‌اکنون دمای هوا در { $city } { NUMBER($temperature, maximumFractionDigits: 0) }° است.
    .title = آب‌وهوا

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [nowruz]
            { $formality ->
                [informal] نوروزت پیروز!
               *[formal] نوروزتان پیروز!
            }
        [eid_al_fitr] عید فطر مبارک!
        [eid_al_adha] عید قربان مبارک!
       *[other]
            { $formality ->
                [informal] بهترین آرزوها را برایت دارم!
               *[formal] بهترین آرزوها را برایتان دارم!
            }
    }

error-retry = { $formality ->
        [informal] ببخشید، مشکلی پیش آمد. لطفاً دوباره امتحان کن.
       *[formal] متأسفیم، مشکلی پیش آمد. لطفاً دوباره امتحان کنید.
    }
    .title = مشکلی پیش آمد
    .button-retry = تلاش دوباره

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] می‌خواهی { $item } را حذف کنی؟
       *[formal] آیا می‌خواهید { $item } را حذف کنید؟
    }
    .title = حذف شود؟
    .button-yes = حذف
    .button-no = لغو

# $items (List of strings)
item-list = { $formality ->
        [informal] فهرست تو شامل { LIST($items) } است.
       *[formal] فهرست شما شامل { LIST($items) } است.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] سبد خریدت خالی است.
                [one] { NUMBER($count) } کالا در سبد خریدت هست.
               *[other] { NUMBER($count) } کالا در سبد خریدت هست.
            }
       *[formal]
            { $count ->
                [0] سبد خرید شما خالی است.
                [one] { NUMBER($count) } کالا در سبد خرید شما هست.
               *[other] { NUMBER($count) } کالا در سبد خرید شما هست.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = قیمت آن { CURRENCY($amount, $currency) } است.

# $when (Date/time)
reminder-set = { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") } ساعت { DATETIME($when, timeStyle: "short") } به تو یادآوری می‌کنم.
       *[formal] { DATETIME($when, dateStyle: "long") } ساعت { DATETIME($when, timeStyle: "short") } به شما یادآوری می‌کنم.
    }
    .title = یادآوری

goodbye = { $formality ->
        [informal] خدانگهدار! روز خوبی داشته باشی.
       *[formal] خدانگهدار! روز خوبی داشته باشید.
    }
