# localekit core catalog: Hebrew (Israel). Reference: locales/en-US/core.ftl.
# Register: neutral (Hebrew has no T/V). Copy avoids gendering the user: infinitives
# ("למחוק את…?"), impersonal "אפשר", and forms spelled alike for both genders (לך, שלך).
# Plural categories (CLDR he): one two other.

-assistant-name = Nova

greeting = שלום! במה אפשר לעזור היום?
    .title = ברוכים הבאים

greeting-name = שלום { $name }! במה אפשר לעזור היום?

assistant-intro = אני { -assistant-name }, העוזר הדיגיטלי שלך.

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] הטיימר הוגדר לדקה אחת.
        [two] הטיימר הוגדר לשתי דקות.
       *[other] הטיימר הוגדר ל-{ NUMBER($minutes) } דקות.
    }
    .title = טיימר

# $temperature (Number): degrees; $city (String)
weather-now = כרגע { NUMBER($temperature, maximumFractionDigits: 0) }° ב{ $city }.
    .title = מזג אוויר

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [rosh_hashanah] שנה טובה ומתוקה!
        [sukkot] חג סוכות שמח!
        [passover] חג פסח כשר ושמח!
        [shavuot] חג שבועות שמח!
        [hanukkah] חנוכה שמח!
        [national_day] חג עצמאות שמח!
       *[other] חג שמח!
    }

error-retry = מצטערים, משהו השתבש. אפשר לנסות שוב.
    .title = משהו השתבש
    .button-retry = ניסיון חוזר

# $item (String): what will be deleted
confirm-delete = למחוק את { $item }?
    .title = למחוק?
    .button-yes = מחיקה
    .button-no = ביטול

# $items (List of strings)
item-list = הרשימה שלך כוללת: { LIST($items) }.

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0] עגלת הקניות ריקה.
        [one] יש פריט אחד בעגלת הקניות.
        [two] יש שני פריטים בעגלת הקניות.
       *[other] יש { NUMBER($count) } פריטים בעגלת הקניות.
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = המחיר: { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = אזכיר לך ב-{ DATETIME($when, dateStyle: "long") } בשעה { DATETIME($when, timeStyle: "short") }.
    .title = תזכורת

goodbye = להתראות! שיהיה יום נעים.
