# localekit core catalog: what an assistant says most often.
# Conventions (docs/catalog.md):
# - The renderer passes $formality ("formal" | "informal") from the pack default or the caller;
#   languages with a T/V or honorific distinction select on it, English needs no variants.
# - Screen strings live in attributes: .title (title budget), .button-* (button budget).
# - Arguments: numbers go through NUMBER(), dates through DATETIME(), lists through LIST(),
#   money through CURRENCY($amount, $currency), so digits, separators and words follow CLDR for the locale.

-assistant-name = Nova

greeting = Hello! How can I help you today?
    .title = Welcome

greeting-name = Hello, { $name }! How can I help you today?

assistant-intro = I'm { -assistant-name }, your assistant.

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Timer set for { NUMBER($minutes) } minute.
       *[other] Timer set for { NUMBER($minutes) } minutes.
    }
    .title = Timer

# $temperature (Number): degrees; $city (String)
weather-now = It's currently { NUMBER($temperature, maximumFractionDigits: 0) }° in { $city }.
    .title = Weather

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Happy New Year!
        [national_day] Happy Fourth of July!
        [thanksgiving] Happy Thanksgiving!
        [labour_day] Happy Labor Day!
       *[other] Best wishes!
    }

error-retry = Sorry, something went wrong. Please try again.
    .title = Something went wrong
    .button-retry = Try again

# $item (String): what will be deleted
confirm-delete = Do you want to delete { $item }?
    .title = Delete?
    .button-yes = Delete
    .button-no = Cancel

# $items (List of strings)
item-list = Your list contains { LIST($items) }.

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0] Your cart is empty.
        [one] You have { NUMBER($count) } item in your cart.
       *[other] You have { NUMBER($count) } items in your cart.
    }

# $amount (Number), $currency (String, ISO 4217). Fluent named arguments must be literals, so the
# currency code is CURRENCY's second positional argument: CURRENCY($amount, $currency).
price = That costs { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = I'll remind you on { DATETIME($when, dateStyle: "long") } at { DATETIME($when, timeStyle: "short") }.
    .title = Reminder

goodbye = Goodbye! Have a nice day.
