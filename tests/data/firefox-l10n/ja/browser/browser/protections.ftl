graph-week-summary = この 1 週間で { -brand-short-name } が { $count } 個のトラッカーをブロックしました
graph-total-tracker-summary = { DATETIME($earliestDate, day: "numeric", month: "long", year: "numeric") } から <b>{ $count } 個</b>のトラッカーをブロックしました
graph-private-window = { -brand-short-name } はプライベートウィンドウでもトラッカーのブロックを続けますが、何をブロックしたのかは記録しません。
graph-week-summary-private-window = { -brand-short-name } が今週ブロックしたトラッカー
protection-report-webpage-title = プライバシー保護ダッシュボード
protection-report-page-content-title = プライバシー保護ダッシュボード
protection-report-page-summary = { -brand-short-name } はブラウジングの舞台裏でプライバシーを保護します。これはユーザーにパーソナライズされた保護結果の概要であり、オンラインセキュリティを制御するツールを含みます。
protection-report-page-summary-default = { -brand-short-name } はブラウジングの舞台裏でプライバシーを保護します。これはユーザーにパーソナライズされた保護結果の概要であり、オンラインセキュリティを制御するツールを含みます。
protection-report-settings-link = プライバシーとセキュリティの設定を管理
etp-card-title-always = 強化型トラッキング防止機能: 常にオン
etp-card-title-custom-not-blocking = 強化型トラッキング防止機能: オフ
etp-card-content-description = { -brand-short-name } はウェブ上であなたを密かに追跡する組織を自動的に遮断します。
protection-report-etp-card-content-custom-not-blocking = 現在、保護はすべてオフになっています。{ -brand-short-name } 保護設定を管理して、ブロックするトラッカーを選択してください。
protection-report-manage-protections = 設定を管理
graph-today = 今日
graph-legend-description = グラフには今週ブロックしたトラッカーの種類ごとの累計数が含まれます。
social-tab-title = ソーシャルメディアトラッカー
social-tab-contant = ソーシャルネットワークはオンラインでのあなたの行動を追跡、監視するために、他のウェブサイトにトラッカーを設置しています。これはソーシャルメディア上のあなたのプロファイルで共有している以上の情報を、ソーシャルメディア会社に許容することになります。<a data-l10n-name="learn-more-link">詳細</a>
cookie-tab-title = クロスサイトトラッキング Cookie
cookie-tab-content = これらの Cookie はオンラインでのあなたの行動に関するデータを集めるために、サイトからサイトへと追跡します。これは広告会社や調査会社といったサードパーティにより設置されています。クロスサイトトラッキング Cookie をブロックすると、追跡広告を減らせます。<a data-l10n-name="learn-more-link">詳細</a>
tracker-tab-title = トラッキングコンテンツ
tracker-tab-description = ウェブサイトはトラッキングコードが含まれる広告、動画、その他のコンテンツを外部から読み込む場合があります。トラッキングコンテンツをブロックするとサイトの読み込みが速くなる可能性がありますが、一部のボタン、フォーム、ログインフォームが動作しなくなる可能性もあります。<a data-l10n-name="learn-more-link">詳細</a>
fingerprinter-tab-title = フィンガープリント採取
fingerprinter-tab-content = フィンガープリント採取はブラウザーとコンピューターから設定を集め、あなたのデジタル指紋を作成します。このデジタル指紋を使うと、様々なウェブサイトにまたがってあなたを追跡することができます。<a data-l10n-name="learn-more-link">詳細</a>
cryptominer-tab-title = 暗号通貨マイニング
cryptominer-tab-content = 暗号通貨マイニングは仮想通貨の採掘のために、あなたのシステムの計算リソースを利用します。暗号通貨マイニングスクリプトは端末のバッテリーを消費し、コンピューターを遅くさせ、電気代を高くする可能性があります。<a data-l10n-name="learn-more-link">詳細</a>
protections-close-button2 =
    .aria-label = 閉じる
    .title = 閉じる
mobile-app-title = 端末を横断する広告トラッカーをブロック
mobile-app-card-content = モバイルブラウザー組み込みの保護機能で広告トラッカーをブロックしましょう。
mobile-app-links = <a data-l10n-name="android-mobile-inline-link">Android 版</a>および <a data-l10n-name="ios-mobile-inline-link">iOS 版</a> { -brand-product-name } ブラウザー
lockwise-title = 二度とパスワードを忘れないように
passwords-title-logged-in = パスワード管理
passwords-header-content = { -brand-product-name } はあなたのパスワードを安全にブラウザーに保存します。
lockwise-header-content-logged-in = パスワードを安全に保存して、ご使用のすべての端末と共有しましょう。
protection-report-passwords-save-passwords-button = パスワードを保存
    .title = パスワードを保存
protection-report-passwords-manage-passwords-button = パスワードを管理
    .title = パスワードを管理
lockwise-scanned-text-breached-logins = { $count } 個のパスワードが漏洩データに含まれている可能性があります。
lockwise-scanned-text-no-breached-logins = パスワードは安全に保存されています。
lockwise-how-it-works-link = 仕組みについて
monitor-title = データ漏洩に注意を
monitor-link = 仕組みについて
monitor-header-content-no-account = { -monitor-brand-name } で既知のデータ漏洩にあなたが含まれるか確認できます。新たな漏洩があったときも警告してくれます。
monitor-header-content-signed-in = { -monitor-brand-name } は既知のデータ漏洩にあなたの情報を発見したときに警告します。
monitor-sign-up-link = アカウント登録して通知を受ける
    .title = アカウント登録して { -monitor-brand-name } の通知を受ける
auto-scan = 本日、自動的にスキャンしました
monitor-emails-tooltip =
    .title = 監視中のメールアドレスを { -monitor-brand-short-name } で確認
monitor-breaches-tooltip =
    .title = 既知のデータ漏洩を { -monitor-brand-short-name } で確認
monitor-passwords-tooltip =
    .title = 漏洩したパスワードを { -monitor-brand-short-name } で確認
info-monitored-emails = { $count } 個のメールアドレスを監視しています
info-known-breaches-found = { $count } 件の既知の漏洩データが見つかりました
info-known-breaches-resolved = 既知の漏洩データを解決済みとしてマークしました
info-exposed-passwords-found = { $count } 件のパスワードが全漏洩データから見つかりました
info-exposed-passwords-resolved = 未解決の漏洩で露出したパスワードがあります
monitor-no-breaches-title = お知らせ
monitor-no-breaches-description = データ漏洩はありませんでした。状況が変わりましたら改めてお知らせします。
monitor-view-report-link = 報告を確認
    .title = { -monitor-brand-short-name } で漏洩データを解決
monitor-breaches-unresolved-title = 漏洩データを解決
monitor-breaches-unresolved-description = 漏洩データの詳細を確認して、あなたの情報を保護する段階に進めます。解決済みとしてマークすることができます。
monitor-manage-breaches-link = 漏洩データを管理
    .title = { -monitor-brand-short-name } で漏洩データを管理
monitor-breaches-resolved-title = すべての既知の漏洩データを解決できました。
monitor-breaches-resolved-description = あなたのメールアドレスを新たな漏洩データから検出したときは、改めてお知らせします。
monitor-partial-breaches-title =
    { $numBreaches ->
       *[other] { $numBreaches } 件中 { $numBreachesResolved } 件の漏洩データを解決済みとしてマークしました。
    }
monitor-partial-breaches-percentage = { $percentageResolved }% 完了
monitor-partial-breaches-motivation-title-start = 良いスタートです！
monitor-partial-breaches-motivation-title-middle = その調子です！
monitor-partial-breaches-motivation-title-end = あと少しです！ その調子で続けましょう。
monitor-partial-breaches-motivation-description = { -monitor-brand-short-name } で残りの漏洩データを解決しましょう。
monitor-resolve-breaches-link = 漏洩データを解決
    .title = { -monitor-brand-short-name } で漏洩データを解決
bar-tooltip-social =
    .title = ソーシャルメディアトラッカー
    .aria-label = { $count } 個のソーシャルメディアトラッカー ({ $percentage }%)
bar-tooltip-cookie =
    .title = クロスサイトトラッキング Cookie
    .aria-label = { $count } 個のクロスサイトトラッキング Cookie ({ $percentage }%)
bar-tooltip-tracker =
    .title = トラッキングコンテンツ
    .aria-label = { $count } 個のトラッキングコンテンツ ({ $percentage }%)
bar-tooltip-fingerprinter =
    .title = フィンガープリント採取
    .aria-label = { $count } 個のフィンガープリント採取 ({ $percentage }%)
bar-tooltip-cryptominer =
    .title = 暗号通貨マイニング
    .aria-label = { $count } 個の暗号通貨マイニング ({ $percentage }%)
privacy-metrics-title = プライバシー保護
privacy-metrics-blocked-this-week = 今週は { $count } 個ブロックしました
privacy-metrics-trackers = トラッカー { $count } 個
privacy-metrics-fingerprinters = フィンガープリント採取 { $count } 個
privacy-metrics-cookies = トラッキング Cookie { $count } 個
privacy-metrics-social = ソーシャルトラッカー { $count } 個
privacy-metrics-empty = 今週ブロックしたトラッカーはありません。{ -brand-short-name } はブラウジング中の以下の脅威からユーザーを保護します。
privacy-metrics-loading = 保護状況を読み込んでいます...
privacy-metrics-error = 保護状況を読み込めませんでした。
privacy-metrics-private-window = { -brand-short-name } はプライベートウィンドウでも引き続きトラッカーをブロックしますが、ブロックしたものを記録しません。
protections-vpn-title = 一歩先行くブラウザーのプライバシー保護
protections-vpn-header-content = { -mozilla-vpn-brand-name } で端末全体を保護しましょう。タップ一つですべての通信を暗号化し、あなたの接続元を隠します。
protections-get-vpn-link = { -mozilla-vpn-brand-name } を入手する
protections-vpn-title-subscribed = VPN: 利用登録済み
protections-vpn-header-content-subscribed =
    { $count ->
       *[other] { -mozilla-vpn-brand-name } を利用すると、{ $count } 台までの端末のすべての通信を暗号化し、あなたの接続元を隠します。サブスクリプションを最大限に活用してください。<a data-l10n-name="playstore-link">Google Play ストア</a> または <a data-l10n-name="appstore-link">Apple App Store</a> から追加してください。
    }
protections-vpn-banner-header = ブラウザーの先まで保護を拡張します
protections-vpn-banner-content = { -mozilla-vpn-brand-name } をリスクフリーの環境を試してください。TechRadar 曰く、“そのスピードとシンプルな操作、低価格には一見の価値があります。”
protections-vpn-banner-link = { -mozilla-vpn-brand-name } を入手する
