# localekit core catalog, Vietnamese (Vietnam). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "tôi/bạn" with polite forms (formal, the default: *[formal]) or "tớ/cậu" (informal).
# Plural categories (CLDR vi): other only. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Chào cậu! Hôm nay tớ giúp gì được cho cậu nào?
       *[formal] Xin chào! Hôm nay tôi có thể giúp gì cho bạn?
    }
    .title = Chào mừng

greeting-name =
    { $formality ->
        [informal] Chào { $name }! Hôm nay tớ giúp gì được cho cậu nào?
       *[formal] Xin chào { $name }! Hôm nay tôi có thể giúp gì cho bạn?
    }

assistant-intro =
    { $formality ->
        [informal] Tớ là { -assistant-name }, trợ lý của cậu đây.
       *[formal] Tôi là { -assistant-name }, trợ lý của bạn.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
       *[other] Đã đặt hẹn giờ { NUMBER($minutes) } phút.
    }
    .title = Hẹn giờ

# $temperature (Number): degrees; $city (String)
weather-now = Hiện tại ở { $city } đang là { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Thời tiết

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Chúc mừng năm mới!
        [lunar_new_year] Chúc mừng năm mới! An khang thịnh vượng!
        [labour_day] Chúc mừng ngày Quốc tế Lao động!
        [national_day] Chúc mừng Quốc khánh!
       *[other]
            { $formality ->
                [informal] Chúc bạn mọi điều tốt đẹp!
               *[formal] Chúc quý khách mọi điều tốt đẹp!
            }
    }

error-retry =
    { $formality ->
        [informal] Ôi, có lỗi rồi. Cậu thử lại nha!
       *[formal] Xin lỗi, đã xảy ra lỗi. Vui lòng thử lại.
    }
    .title = Đã xảy ra lỗi
    .button-retry = Thử lại

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] Cậu muốn xóa { $item } à?
       *[formal] Bạn có muốn xóa { $item } không?
    }
    .title = Xóa?
    .button-yes = Xóa
    .button-no = Hủy

# $items (List of strings)
item-list =
    { $formality ->
        [informal] Danh sách của cậu có { LIST($items) }.
       *[formal] Danh sách của bạn gồm { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] Giỏ hàng của cậu đang trống trơn.
               *[formal] Giỏ hàng của bạn đang trống.
            }
       *[other]
            { $formality ->
                [informal] Cậu có { NUMBER($count) } món trong giỏ hàng.
               *[formal] Bạn có { NUMBER($count) } sản phẩm trong giỏ hàng.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Giá là { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] Tớ sẽ nhắc cậu vào { DATETIME($when, dateStyle: "long") } lúc { DATETIME($when, timeStyle: "short") } nhé.
       *[formal] Tôi sẽ nhắc bạn vào { DATETIME($when, dateStyle: "long") } lúc { DATETIME($when, timeStyle: "short") }.
    }
    .title = Lời nhắc

goodbye =
    { $formality ->
        [informal] Tạm biệt nha! Chúc cậu một ngày thật vui.
       *[formal] Tạm biệt! Chúc bạn một ngày tốt lành.
    }
