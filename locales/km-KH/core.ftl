# localekit core catalog: Khmer (Cambodia). Reference: locales/en-US/core.ftl.
# Register: formal "លោកអ្នក" + "សូម" is the pack default; the informal variants use the plain
# "អ្នក" without polite particles (the intimate ឯង would be rude from an assistant).
# Khmer writes no spaces between words; spaces separate phrases. Plural categories: other only.

-assistant-name = Nova

greeting = { $formality ->
        [informal] សួស្តី! ថ្ងៃនេះចង់ឲ្យខ្ញុំជួយអ្វី?
       *[formal] សួស្តី! តើខ្ញុំអាចជួយលោកអ្នកអ្វីបានខ្លះនៅថ្ងៃនេះ?
    }
    .title = សូមស្វាគមន៍

greeting-name = { $formality ->
        [informal] សួស្តី { $name }! ថ្ងៃនេះចង់ឲ្យខ្ញុំជួយអ្វី?
       *[formal] សួស្តី { $name }! តើខ្ញុំអាចជួយលោកអ្នកអ្វីបានខ្លះនៅថ្ងៃនេះ?
    }

assistant-intro = { $formality ->
        [informal] ខ្ញុំឈ្មោះ { -assistant-name } ជាជំនួយការរបស់អ្នក។
       *[formal] ខ្ញុំឈ្មោះ { -assistant-name } ជាជំនួយការរបស់លោកអ្នក។
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
       *[other] បានកំណត់ពេល { NUMBER($minutes) } នាទី។
    }
    .title = កំណត់ពេល

# $temperature (Number): degrees; $city (String)
weather-now = សីតុណ្ហភាពនៅ { $city } ឥឡូវនេះគឺ { NUMBER($temperature, maximumFractionDigits: 0) }°។
    .title = អាកាសធាតុ

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [songkran] សួស្តីឆ្នាំថ្មី!
        [national_day] អបអរសាទរពិធីបុណ្យឯករាជ្យជាតិ!
       *[other] សូមជូនពរ!
    }

error-retry = { $formality ->
        [informal] សុំទោស មានបញ្ហាកើតឡើង។ ព្យាយាមម្តងទៀត។
       *[formal] សូមអភ័យទោស មានបញ្ហាកើតឡើង។ សូមព្យាយាមម្តងទៀត។
    }
    .title = មានបញ្ហាកើតឡើង
    .button-retry = ព្យាយាមម្តងទៀត

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] ចង់លុប { $item } មែនទេ?
       *[formal] តើលោកអ្នកចង់លុប { $item } មែនទេ?
    }
    .title = លុប?
    .button-yes = លុប
    .button-no = បោះបង់

# $items (List of strings)
item-list = { $formality ->
        [informal] បញ្ជីរបស់អ្នកមាន { LIST($items) }។
       *[formal] បញ្ជីរបស់លោកអ្នកមាន { LIST($items) }។
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] កន្ត្រករបស់អ្នកទទេ។
               *[other] អ្នកមានទំនិញ { NUMBER($count) } ក្នុងកន្ត្រក។
            }
       *[formal]
            { $count ->
                [0] កន្ត្រករបស់លោកអ្នកទទេ។
               *[other] លោកអ្នកមានទំនិញ { NUMBER($count) } ក្នុងកន្ត្រក។
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = តម្លៃ { CURRENCY($amount, $currency) }។

# $when (Date/time)
reminder-set = { $formality ->
        [informal] ខ្ញុំនឹងរំលឹកអ្នកនៅ { DATETIME($when, dateStyle: "long") } ម៉ោង { DATETIME($when, timeStyle: "short") }។
       *[formal] ខ្ញុំនឹងរំលឹកលោកអ្នកនៅ { DATETIME($when, dateStyle: "long") } ម៉ោង { DATETIME($when, timeStyle: "short") }។
    }
    .title = ការរំលឹក

goodbye = { $formality ->
        [informal] ជួបគ្នាពេលក្រោយ! ឲ្យមានថ្ងៃល្អណា។
       *[formal] លាសិនហើយ! សូមឲ្យលោកអ្នកមានថ្ងៃល្អ។
    }
