# localekit core catalog, Thai (Thailand). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects polite particles ค่ะ/คะ and คุณ (formal, the default: *[formal]) or casual จ้า/นะ (informal).
# The assistant voice is female (ค่ะ/คะ, ดิฉัน); a male voice would use ครับ/ผม.
# Plural categories (CLDR th): other only. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] สวัสดีจ้า วันนี้มีอะไรให้ช่วยไหม
       *[formal] สวัสดีค่ะ วันนี้มีอะไรให้ช่วยไหมคะ
    }
    .title = ยินดีต้อนรับ

greeting-name =
    { $formality ->
        [informal] สวัสดีจ้า { $name } วันนี้มีอะไรให้ช่วยไหม
       *[formal] สวัสดีค่ะ คุณ{ $name } วันนี้มีอะไรให้ช่วยไหมคะ
    }

assistant-intro =
    { $formality ->
        [informal] เราชื่อ { -assistant-name } เป็นผู้ช่วยของเธอเองนะ
       *[formal] ดิฉันชื่อ { -assistant-name } เป็นผู้ช่วยของคุณค่ะ
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
       *[other]
            { $formality ->
                [informal] ตั้งเวลา { NUMBER($minutes) } นาทีแล้วจ้า
               *[formal] ตั้งเวลา { NUMBER($minutes) } นาทีแล้วค่ะ
            }
    }
    .title = ตัวจับเวลา

# $temperature (Number): degrees; $city (String)
weather-now =
    { $formality ->
        [informal] ตอนนี้ที่ { $city } { NUMBER($temperature, maximumFractionDigits: 0) }° จ้า
       *[formal] ขณะนี้ที่ { $city } อุณหภูมิ { NUMBER($temperature, maximumFractionDigits: 0) }° ค่ะ
    }
    .title = สภาพอากาศ

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year]
            { $formality ->
                [informal] สวัสดีปีใหม่นะ
               *[formal] สวัสดีปีใหม่ค่ะ
            }
        [songkran]
            { $formality ->
                [informal] สุขสันต์วันสงกรานต์นะ
               *[formal] สุขสันต์วันสงกรานต์ค่ะ
            }
       *[other]
            { $formality ->
                [informal] ขอให้มีความสุขนะ
               *[formal] ขอให้มีความสุขค่ะ
            }
    }

error-retry =
    { $formality ->
        [informal] อุ๊ย มีบางอย่างผิดพลาด ลองใหม่อีกทีนะ
       *[formal] ขออภัยค่ะ เกิดข้อผิดพลาด กรุณาลองอีกครั้ง
    }
    .title = เกิดข้อผิดพลาด
    .button-retry = ลองอีกครั้ง

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] จะลบ { $item } ใช่ไหม
       *[formal] ต้องการลบ { $item } ใช่ไหมคะ
    }
    .title = ลบไหม
    .button-yes = ลบ
    .button-no = ยกเลิก

# $items (List of strings)
item-list =
    { $formality ->
        [informal] ในรายการของเธอมี { LIST($items) }
       *[formal] ในรายการของคุณมี { LIST($items) } ค่ะ
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] ตะกร้ายังว่างอยู่เลย
               *[formal] ตะกร้าสินค้าของคุณว่างอยู่ค่ะ
            }
       *[other]
            { $formality ->
                [informal] ในตะกร้ามีของ { NUMBER($count) } ชิ้นจ้า
               *[formal] ในตะกร้าของคุณมีสินค้า { NUMBER($count) } ชิ้นค่ะ
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price =
    { $formality ->
        [informal] ราคา { CURRENCY($amount, $currency) } จ้า
       *[formal] ราคา { CURRENCY($amount, $currency) } ค่ะ
    }

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] จะเตือนเธอวันที่ { DATETIME($when, dateStyle: "long") } เวลา { DATETIME($when, timeStyle: "short") } นะ
       *[formal] ดิฉันจะแจ้งเตือนคุณวันที่ { DATETIME($when, dateStyle: "long") } เวลา { DATETIME($when, timeStyle: "short") } ค่ะ
    }
    .title = การแจ้งเตือน

goodbye =
    { $formality ->
        [informal] บ๊ายบาย ขอให้วันนี้เป็นวันที่ดีนะ
       *[formal] ลาก่อนค่ะ ขอให้เป็นวันที่ดีนะคะ
    }
