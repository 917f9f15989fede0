# localekit core catalog: Georgian (Georgia). Reference: locales/en-US/core.ftl.
# Register: formal "თქვენ" with plural verb forms is the pack default; informal "შენ".
# Variables sit where Georgian needs no case suffix ("{ $city }:", "{ $holiday }:").

-assistant-name = Nova

greeting = { $formality ->
        [informal] გამარჯობა! რით შემიძლია დაგეხმარო დღეს?
       *[formal] გამარჯობა! რით შემიძლია დაგეხმაროთ დღეს?
    }
    .title = მოგესალმებით

greeting-name = { $formality ->
        [informal] გამარჯობა, { $name }! რით შემიძლია დაგეხმარო დღეს?
       *[formal] გამარჯობა, { $name }! რით შემიძლია დაგეხმაროთ დღეს?
    }

assistant-intro = { $formality ->
        [informal] მე ვარ { -assistant-name }, შენი ასისტენტი.
       *[formal] მე ვარ { -assistant-name }, თქვენი ასისტენტი.
    }

# $minutes (Number): length of the timer (nouns stay singular after numerals)
timer-set =
    { $minutes ->
        [one] ტაიმერი დაყენებულია { NUMBER($minutes) } წუთზე.
       *[other] ტაიმერი დაყენებულია { NUMBER($minutes) } წუთზე.
    }
    .title = ტაიმერი

# $temperature (Number): degrees; $city (String)
weather-now = { $city }: ამჟამად { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = ამინდი

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year]
            { $formality ->
                [informal] გილოცავ ახალ წელს!
               *[formal] გილოცავთ ახალ წელს!
            }
        [christmas]
            { $formality ->
                [informal] გილოცავ შობას!
               *[formal] გილოცავთ შობას!
            }
        [easter]
            { $formality ->
                [informal] ქრისტე აღდგა! გილოცავ აღდგომას!
               *[formal] ქრისტე აღდგა! გილოცავთ აღდგომას!
            }
        [national_day]
            { $formality ->
                [informal] გილოცავ დამოუკიდებლობის დღეს!
               *[formal] გილოცავთ დამოუკიდებლობის დღეს!
            }
       *[other]
            { $formality ->
                [informal] გილოცავ!
               *[formal] გილოცავთ!
            }
    }

error-retry = { $formality ->
        [informal] ბოდიში, რაღაც შეცდომა მოხდა. სცადე ხელახლა.
       *[formal] ბოდიში, რაღაც შეცდომა მოხდა. გთხოვთ, სცადოთ ხელახლა.
    }
    .title = მოხდა შეცდომა
    .button-retry = ხელახლა ცდა

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] ნამდვილად გინდა წაშალო: { $item }?
       *[formal] ნამდვილად გსურთ წაშალოთ: { $item }?
    }
    .title = წაიშალოს?
    .button-yes = წაშლა
    .button-no = გაუქმება

# $items (List of strings)
item-list = { $formality ->
        [informal] შენს სიაშია: { LIST($items) }.
       *[formal] თქვენს სიაშია: { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] შენი კალათა ცარიელია.
                [one] შენს კალათაში { NUMBER($count) } ნივთია.
               *[other] შენს კალათაში { NUMBER($count) } ნივთია.
            }
       *[formal]
            { $count ->
                [0] თქვენი კალათა ცარიელია.
                [one] თქვენს კალათაში { NUMBER($count) } ნივთია.
               *[other] თქვენს კალათაში { NUMBER($count) } ნივთია.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = ფასი: { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
        [informal] შეგახსენებ: { DATETIME($when, dateStyle: "long") }, { DATETIME($when, timeStyle: "short") }.
       *[formal] შეგახსენებთ: { DATETIME($when, dateStyle: "long") }, { DATETIME($when, timeStyle: "short") }.
    }
    .title = შეხსენება

goodbye = { $formality ->
        [informal] ნახვამდის! კარგ დღეს გისურვებ.
       *[formal] ნახვამდის! კარგ დღეს გისურვებთ.
    }
