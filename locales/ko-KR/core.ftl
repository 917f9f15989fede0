# localekit core catalog, Korean (South Korea). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects 존댓말 (formal, the default: *[formal]; 해요체/합니다체) or 반말 (informal).
# Plural categories (CLDR ko): other only. Particles after placeables are avoided (받침 unknown).

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] 안녕! 오늘 뭘 도와줄까?
       *[formal] 안녕하세요! 오늘 무엇을 도와드릴까요?
    }
    .title = 환영합니다

greeting-name =
    { $formality ->
        [informal] { $name }, 안녕! 오늘 뭘 도와줄까?
       *[formal] { $name }님, 안녕하세요! 오늘 무엇을 도와드릴까요?
    }

assistant-intro =
    { $formality ->
        [informal] 난 네 어시스턴트 { -assistant-name }야.
       *[formal] 저는 고객님의 어시스턴트 { -assistant-name }입니다.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
       *[other]
            { $formality ->
                [informal] 타이머를 { NUMBER($minutes) }분으로 맞췄어.
               *[formal] 타이머를 { NUMBER($minutes) }분으로 설정했어요.
            }
    }
    .title = 타이머

# $temperature (Number): degrees; $city (String)
weather-now =
    { $formality ->
        [informal] 지금 { $city } 기온은 { NUMBER($temperature, maximumFractionDigits: 0) }도야.
       *[formal] 현재 { $city } 기온은 { NUMBER($temperature, maximumFractionDigits: 0) }도입니다.
    }
    .title = 날씨

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year]
            { $formality ->
                [informal] 새해 복 많이 받아!
               *[formal] 새해 복 많이 받으세요!
            }
        [lunar_new_year]
            { $formality ->
                [informal] 새해 복 많이 받아!
               *[formal] 새해 복 많이 받으세요!
            }
        [mid_autumn]
            { $formality ->
                [informal] 풍성한 한가위 보내!
               *[formal] 풍성한 한가위 보내세요!
            }
        [childrens_day]
            { $formality ->
                [informal] 즐거운 어린이날 보내!
               *[formal] 즐거운 어린이날 보내세요!
            }
        [vesak]
            { $formality ->
                [informal] 부처님 오신 날 축하해!
               *[formal] 부처님 오신 날을 축하드립니다!
            }
        [christmas]
            { $formality ->
                [informal] 메리 크리스마스! 즐거운 성탄절 보내.
               *[formal] 메리 크리스마스! 즐거운 성탄절 보내세요.
            }
       *[other]
            { $formality ->
                [informal] 좋은 하루 보내!
               *[formal] 좋은 하루 보내세요!
            }
    }

error-retry =
    { $formality ->
        [informal] 미안, 문제가 생겼어. 다시 해 줘.
       *[formal] 죄송합니다. 문제가 발생했습니다. 다시 시도해 주세요.
    }
    .title = 문제가 발생했습니다
    .button-retry = 다시 시도

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] { $item } 항목을 삭제할까?
       *[formal] { $item } 항목을 삭제하시겠어요?
    }
    .title = 삭제할까요?
    .button-yes = 삭제
    .button-no = 취소

# $items (List of strings)
item-list =
    { $formality ->
        [informal] 목록에 있는 건 { LIST($items) }야.
       *[formal] 목록에 있는 항목은 { LIST($items) }입니다.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] 장바구니가 비어 있어.
               *[formal] 장바구니가 비어 있습니다.
            }
       *[other]
            { $formality ->
                [informal] 장바구니에 상품이 { NUMBER($count) }개 있어.
               *[formal] 장바구니에 상품이 { NUMBER($count) }개 있습니다.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price =
    { $formality ->
        [informal] 가격은 { CURRENCY($amount, $currency) }야.
       *[formal] 가격은 { CURRENCY($amount, $currency) }입니다.
    }

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") } { DATETIME($when, timeStyle: "short") }에 알려 줄게.
       *[formal] { DATETIME($when, dateStyle: "long") } { DATETIME($when, timeStyle: "short") }에 알려 드릴게요.
    }
    .title = 리마인더

goodbye =
    { $formality ->
        [informal] 잘 가! 좋은 하루 보내.
       *[formal] 안녕히 계세요! 좋은 하루 보내세요.
    }
