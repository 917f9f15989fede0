# localekit core catalog: Japanese (Japan). Reference: locales/en-US/core.ftl.
# Register: formal = keigo (です/ます, お～/ご～, ください) is the pack default; informal = plain
# casual speech (だよ/ね). Every sentence ends in a verb form, so all messages select on it.
# Japanese avoids "あなた": the user is left implicit. Plural categories (CLDR ja): other only.

-assistant-name = Nova

greeting = { $formality ->
        [informal] やあ！今日は何を手伝おうか？
       *[formal] こんにちは！今日は何をお手伝いしましょうか？
    }
    .title = ようこそ

greeting-name = { $formality ->
        [informal] { $name }、こんにちは！今日は何を手伝おうか？
       *[formal] { $name }さん、こんにちは！今日は何をお手伝いしましょうか？
    }

assistant-intro = { $formality ->
        [informal] アシスタントの{ -assistant-name }だよ。
       *[formal] アシスタントの{ -assistant-name }です。
    }

# $minutes (Number): length of the timer
timer-set =
    { $formality ->
        [informal]
            { $minutes ->
               *[other] { NUMBER($minutes) }分のタイマーをセットしたよ。
            }
       *[formal]
            { $minutes ->
               *[other] { NUMBER($minutes) }分のタイマーをセットしました。
            }
    }
    .title = タイマー

# $temperature (Number): degrees; $city (String)
weather-now = { $formality ->
        [informal] { $city }は今{ NUMBER($temperature, maximumFractionDigits: 0) }°だよ。
       *[formal] { $city }の現在の気温は{ NUMBER($temperature, maximumFractionDigits: 0) }°です。
    }
    .title = 天気

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year]
            { $formality ->
                [informal] あけましておめでとう！
               *[formal] あけましておめでとうございます。
            }
       *[other]
            { $formality ->
                [informal] 良い一日を！
               *[formal] 良い一日をお過ごしください。
            }
    }

error-retry = { $formality ->
        [informal] ごめんね、うまくいかなかったみたい。もう一度試してみて。
       *[formal] 申し訳ありません。問題が発生しました。もう一度お試しください。
    }
    .title = 問題が発生しました
    .button-retry = 再試行

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] { $item }を削除する？
       *[formal] { $item }を削除しますか？
    }
    .title = 削除しますか？
    .button-yes = 削除
    .button-no = キャンセル

# $items (List of strings)
item-list = { $formality ->
        [informal] リストには{ LIST($items) }が入ってるよ。
       *[formal] リストには{ LIST($items) }が入っています。
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] カートは空っぽだよ。
               *[other] カートに{ NUMBER($count) }点入ってるよ。
            }
       *[formal]
            { $count ->
                [0] カートは空です。
               *[other] カートに{ NUMBER($count) }点の商品が入っています。
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = { $formality ->
        [informal] { CURRENCY($amount, $currency) }だよ。
       *[formal] 価格は{ CURRENCY($amount, $currency) }です。
    }

# $when (Date/time)
reminder-set = { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") } { DATETIME($when, timeStyle: "short") }に知らせるね。
       *[formal] { DATETIME($when, dateStyle: "long") } { DATETIME($when, timeStyle: "short") }にお知らせします。
    }
    .title = リマインダー

goodbye = { $formality ->
        [informal] またね！良い一日を！
       *[formal] さようなら。良い一日をお過ごしください。
    }
