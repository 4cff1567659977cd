<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New project</source>
            <translation>新規プロジェクト(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Revert changes</source>
            <translation>変更を元に戻す(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Filter projects</source>
            <translation>プロジェクトの絞り込み(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Archive project</source>
            <translation>プロジェクトをアーカイブ(&amp;A)</translation>
        </message>
        <message>
            <source>Restore from ar&amp;chive</source>
            <translation>アーカイブから復元(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete project…</source>
            <translation>プロジェクトを削除(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Export all to JSON…</source>
            <translation>すべて JSON にエクスポート(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Import JSON…</source>
            <translation>JSON をインポート(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>バックアップ(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Open store…</source>
            <translation>ストアを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>Open the &amp;demo portfolio</source>
            <translation>デモ ポートフォリオを開く(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>今日(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Projects</source>
            <translation>プロジェクト(&amp;P)</translation>
        </message>
        <message>
            <source>Meeting &amp;planner…</source>
            <translation>会議プランナー(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Agenda templates…</source>
            <translation>アジェンダテンプレート(&amp;A)…</translation>
        </message>
        <message>
            <source>All &amp;messages…</source>
            <translation>すべてのメッセージ(&amp;M)…</translation>
        </message>
        <message>
            <source>Message &amp;templates…</source>
            <translation>メッセージテンプレート(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Care rules and calendars…</source>
            <translation>ケアルールとカレンダー(&amp;C)…</translation>
        </message>
        <message>
            <source>Onboarding &amp;template…</source>
            <translation>オンボーディングテンプレート(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Sign in to Outlook…</source>
            <translation>Outlook にサインイン(&amp;S)…</translation>
        </message>
        <message>
            <source>Sign &amp;out of Outlook…</source>
            <translation>Outlook からサインアウト(&amp;O)…</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>今すぐ同期(&amp;N)</translation>
        </message>
        <message>
            <source>Outlook se&amp;ttings…</source>
            <translation>Outlook の設定(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;About PM Cockpit</source>
            <translation>PM Cockpit について(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>AgendaDialog</name>
        <message>
            <source>Agenda of this meeting</source>
            <translation>この会議のアジェンダ</translation>
        </message>
        <message>
            <source>Use the series' agenda template again</source>
            <translation>定例会議のアジェンダテンプレートに戻す</translation>
        </message>
    </context>
    <context>
        <name>AgendaTemplateEditor</name>
        <message>
            <source>Agenda templates</source>
            <translation>アジェンダテンプレート</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新規(&amp;N)</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>複製(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <source>Templates by meeting type:</source>
            <translation>会議の種類別テンプレート:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分</translation>
        </message>
        <message>
            <source>The meeting's length the timed items are compared with in this preview; each series has its own.</source>
            <translation>このプレビューで時間付き項目と比べる会議の長さです。実際の長さは定例会議ごとに設定します。</translation>
        </message>
        <message>
            <source>Jinja2 text, e.g. %1; lists: %2 (each item has text, owner, due_on). A line ending in “(10 min)” is a timed item.</source>
            <translation>Jinja2 形式で記述します（例: %1）。使えるリスト: %2（各項目に text, owner, due_on があります）。行末が「（10分）」または「(10 min)」の行は時間付き項目として扱われます。</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名前(&amp;N):</translation>
        </message>
        <message>
            <source>Pre&amp;view for a meeting of:</source>
            <translation>プレビューする会議の長さ(&amp;V):</translation>
        </message>
        <message>
            <source>Meeting &amp;type:</source>
            <translation>会議の種類(&amp;T):</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>テンプレート:</translation>
        </message>
        <message>
            <source>Preview (sample project):</source>
            <translation>プレビュー（サンプルプロジェクト）:</translation>
        </message>
        <message>
            <source>Insert &amp;field</source>
            <translation>項目を挿入(&amp;F)</translation>
        </message>
        <message>
            <source>Insert a value from the project (its name, the customer, the open tasks…) at the cursor; lists come as a ready loop.</source>
            <translation>プロジェクトの値（名称、顧客、未完了のタスクなど）をカーソル位置に挿入します。リストは繰り返しの形でそのまま挿入されます。</translation>
        </message>
        <message>
            <source>Insert &amp;placeholder</source>
            <translation>記入箇所を挿入(&amp;P)</translation>
        </message>
        <message>
            <source>Mark a place you must fill in each message, like [[Impact on your users]]: a message that still holds one cannot be queued.</source>
            <translation>メッセージごとに記入が必要な箇所を [[利用者への影響]] のように示します。記入箇所が残っているメッセージは送信待ちにできません。</translation>
        </message>
        <message>
            <source>%1 (a line per item)</source>
            <translation>%1（項目ごとに1行）</translation>
        </message>
        <message>
            <source>what to write here</source>
            <translation>ここに書く内容</translation>
        </message>
        <message>
            <source>A default template keeps its meeting type.</source>
            <translation>標準テンプレートの会議の種類は変更できません。</translation>
        </message>
        <message>
            <source>A default template can be edited, not deleted.</source>
            <translation>標準テンプレートは編集できますが、削除はできません。</translation>
        </message>
        <message>
            <source>Shipped default for this meeting type: series without their own template use it. It can be edited, not deleted.</source>
            <translation>この会議の種類の標準テンプレートです。テンプレートを指定していない定例会議で使われます。編集はできますが、削除はできません。</translation>
        </message>
        <message>
            <source>No timed items: end an item's line with “(10 min)” to plan the meeting's time.</source>
            <translation>時間付きの項目がありません。会議の時間配分を決めるには、項目の行末に「（10分）」と書いてください。</translation>
        </message>
        <message>
            <source>Planned %1 of %2 minutes: the items take %3 minutes longer than the meeting.</source>
            <translation>予定 %1 分／会議 %2 分: 項目の合計が会議の長さを %3 分超えています。</translation>
        </message>
        <message>
            <source>Planned %1 of %2 minutes</source>
            <translation>予定 %1 分／会議 %2 分</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>%1 行目: %2</translation>
        </message>
        <message>
            <source>The template cannot be used: %1</source>
            <translation>このテンプレートは使用できません: %1</translation>
        </message>
        <message>
            <source>Give the template a name.</source>
            <translation>テンプレートの名前を入力してください。</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>名前が長すぎます。</translation>
        </message>
        <message>
            <source>The subject is too long.</source>
            <translation>件名が長すぎます。</translation>
        </message>
        <message>
            <source>Another template already has this name.</source>
            <translation>同じ名前のテンプレートがすでにあります。</translation>
        </message>
        <message>
            <source>The agenda is empty.</source>
            <translation>アジェンダが空です。</translation>
        </message>
        <message>
            <source>The template cannot be saved.</source>
            <translation>テンプレートを保存できません。</translation>
        </message>
        <message>
            <source>New agenda</source>
            <translation>新しいアジェンダ</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1（コピー）</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>Welcome and goals of today</source>
            <translation>挨拶と本日の目標</translation>
        </message>
        <message>
            <source>Open action items</source>
            <translation>未完了のアクションアイテム</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>次のステップ</translation>
        </message>
        <message>
            <source> (%1 min)</source>
            <translation>（%1分）</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>「%1」を保存しました。</translation>
        </message>
        <message>
            <source>Deleted “%1”. Series that used it now use their type's default.</source>
            <translation>「%1」を削除しました。このテンプレートを使っていた定例会議は、種類ごとの標準テンプレートを使います。</translation>
        </message>
        <message>
            <source>Discard your changes to “%1”?</source>
            <translation>「%1」の変更を破棄しますか？</translation>
        </message>
        <message>
            <source>Delete the agenda template “%1”? Series that use it will use their meeting type's default.</source>
            <translation>アジェンダテンプレート「%1」を削除しますか？このテンプレートを使っている定例会議は、会議の種類ごとの標準テンプレートを使うようになります。</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>Satisfaction answer</source>
            <translation>満足度の回答</translation>
        </message>
        <message>
            <source>Record a satisfaction answer</source>
            <translation>満足度の回答を記録</translation>
        </message>
        <message>
            <source>What they wrote, in their words</source>
            <translation>お客様が書かれた内容をそのまま</translation>
        </message>
        <message>
            <source>&amp;Scale:</source>
            <translation>尺度(&amp;S)：</translation>
        </message>
        <message>
            <source>S&amp;core:</source>
            <translation>点数(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Respondent:</source>
            <translation>回答者(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日付(&amp;D)：</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>分類(&amp;T)：</translation>
        </message>
        <message>
            <source>C&amp;omment:</source>
            <translation>コメント(&amp;O)：</translation>
        </message>
        <message>
            <source>very dissatisfied</source>
            <translation>非常に不満</translation>
        </message>
        <message>
            <source>dissatisfied</source>
            <translation>やや不満</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>どちらともいえない</translation>
        </message>
        <message>
            <source>satisfied</source>
            <translation>満足</translation>
        </message>
        <message>
            <source>very satisfied</source>
            <translation>非常に満足</translation>
        </message>
        <message>
            <source>a promoter (9–10)</source>
            <translation>推奨者（9〜10）</translation>
        </message>
        <message>
            <source>passive (7–8)</source>
            <translation>中立者（7〜8）</translation>
        </message>
        <message>
            <source>a detractor (0–6): an early warning</source>
            <translation>批判者（0〜6）：早期警告</translation>
        </message>
    </context>
    <context>
        <name>AnswerModel</name>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>尺度</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>点数</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>回答者</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分類</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>コメント</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>レッドフラグ</translation>
        </message>
        <message>
            <source>A detractor (0–6)</source>
            <translation>批判者（0〜6）</translation>
        </message>
        <message>
            <source>A low score (1–2)</source>
            <translation>低評価（1〜2）</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>PM Cockpit</source>
            <translation>PM Cockpit</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Before an upgrade (from %1)</source>
            <translation>アップグレード前（%1 から）</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>毎日</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>インポート前</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>復元前</translation>
        </message>
        <message>
            <source>Taken by hand</source>
            <translation>手動</translation>
        </message>
        <message>
            <source>Damaged store, set aside</source>
            <translation>破損したデータ（退避）</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
    </context>
    <context>
        <name>BackupsController</name>
        <message>
            <source>Daily backup saved to %1</source>
            <translation>毎日のバックアップを %1 に保存しました</translation>
        </message>
        <message>
            <source>The daily backup could not be saved: %1</source>
            <translation>毎日のバックアップを保存できませんでした: %1</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <source>This store is on a database server: back it up with the server's own tools (pg_dump).</source>
            <translation>このデータはデータベースサーバー上にあります。バックアップはサーバー側のツール（pg_dump）で行ってください。</translation>
        </message>
        <message>
            <source>Backup saved to %1</source>
            <translation>バックアップを %1 に保存しました</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>バックアップの復元</translation>
        </message>
        <message>
            <source>Restore the backup taken %1? Everything changed since then is replaced by the backup. The store as it is now is kept in the backups folder first, so nothing is lost.</source>
            <translation>%1 のバックアップを復元しますか？それ以降の変更はバックアップの内容に置き換わります。現在のデータは先にバックアップフォルダーに保存されるため、失われることはありません。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>Restored the backup taken %1.</source>
            <translation>%1 のバックアップを復元しました。</translation>
        </message>
        <message>
            <source>The store as it was is kept in %1.</source>
            <translation>復元前のデータは %1 に保存してあります。</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>復元しました</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <source>Copies of %1, kept in the backups folder beside it: one a day while PM Cockpit runs, and one before every import, upgrade and restore.</source>
            <translation>%1 のコピーです。同じ場所のバックアップフォルダーに保存されます。PM Cockpit の起動中は 1 日 1 回、またインポート・アップグレード・復元の前に毎回作成されます。</translation>
        </message>
        <message>
            <source>No backups yet. The first daily one is taken soon after the store opens; Back up now takes one at once.</source>
            <translation>バックアップはまだありません。データを開いてしばらくすると最初の毎日のバックアップが作成されます。「今すぐバックアップ」ですぐに作成することもできます。</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> 件</translation>
        </message>
        <message>
            <source>&amp;Keep the newest</source>
            <translation>保存する件数(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>今すぐバックアップ(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>復元(&amp;R)…</translation>
        </message>
    </context>
    <context>
        <name>BusyIndicator</name>
        <message>
            <source>Working…</source>
            <translation>処理中…</translation>
        </message>
        <message>
            <source>Working, please wait…</source>
            <translation>処理中です。しばらくお待ちください…</translation>
        </message>
        <message>
            <source>PM Cockpit</source>
            <translation>PM Cockpit</translation>
        </message>
    </context>
    <context>
        <name>CareRulesTab</name>
        <message>
            <source>What Today reminds you of for this project. Tick “Set for this project” to give a rule its own setting (switched off, or other times); the others follow the company's defaults.</source>
            <translation>このプロジェクトについて「今日」が知らせる内容です。ルールに独自の設定（無効にする、時間を変えるなど）をするには「このプロジェクトで設定」にチェックを入れてください。それ以外は会社の既定に従います。</translation>
        </message>
    </context>
    <context>
        <name>CareSettingsController</name>
        <message>
            <source>Care settings saved: Today shows what they change.</source>
            <translation>ケア設定を保存しました。変更は「今日」に反映されます。</translation>
        </message>
    </context>
    <context>
        <name>CareSettingsDialog</name>
        <message>
            <source>Care rules and calendars</source>
            <translation>ケアルールとカレンダー</translation>
        </message>
        <message>
            <source>When you work: Today says what is due before your day ends, and a customer's promise that falls on your day off is due on your last working day before it.</source>
            <translation>あなたの勤務時間です。「今日」は勤務終了までに期限を迎える項目を示し、お客様へのお約束があなたの休日に当たる場合は、その前の最後の営業日が期限になります。</translation>
        </message>
        <message>
            <source>Your time &amp;zone:</source>
            <translation>あなたのタイムゾーン(&amp;Z)：</translation>
        </message>
        <message>
            <source>PL, DE, JP…</source>
            <translation>PL、DE、JP…</translation>
        </message>
        <message>
            <source>Your country's public holidays are your days off</source>
            <translation>あなたの国の祝日が休日になります</translation>
        </message>
        <message>
            <source>Public holidays of:</source>
            <translation>祝日の国：</translation>
        </message>
        <message>
            <source>Working hours:</source>
            <translation>勤務時間：</translation>
        </message>
        <message>
            <source>Your &amp;calendar</source>
            <translation>あなたのカレンダー(&amp;C)</translation>
        </message>
        <message>
            <source>Days the whole company is closed (a company holiday, the days between Christmas and New Year). They are days off on both sides: what falls on one is due on the next open day.</source>
            <translation>会社全体の休業日です（会社の休日、年末年始など）。双方にとっての休日として扱い、この日に当たる期限は次の営業日になります。</translation>
        </message>
        <message>
            <source>Add day</source>
            <translation>日を追加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Company &amp;days off</source>
            <translation>会社の休業日(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Rules</source>
            <translation>ルール(&amp;R)</translation>
        </message>
        <message>
            <source>These are the company's defaults; a project's passport (Care rules tab) can set its own.</source>
            <translation>これは会社の既定です。プロジェクトのパスポート（ケアルールタブ）で独自に設定できます。</translation>
        </message>
    </context>
    <context>
        <name>ChangeRequestDialog</name>
        <message>
            <source>Change request</source>
            <translation>変更依頼</translation>
        </message>
        <message>
            <source>New change request</source>
            <translation>新しい変更依頼</translation>
        </message>
        <message>
            <source>numbered for you, e.g. CR-12</source>
            <translation>自動で採番（例：CR-12）</translation>
        </message>
        <message>
            <source>What the customer asks for, in a line</source>
            <translation>お客様のご依頼内容を一行で</translation>
        </message>
        <message>
            <source>The customer's description: what, why, by when</source>
            <translation>お客様からの説明：何を、なぜ、いつまでに</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>件名(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>番号(&amp;K):</translation>
        </message>
        <message>
            <source>Submitted &amp;by:</source>
            <translation>依頼者(&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>内容(&amp;D):</translation>
        </message>
    </context>
    <context>
        <name>ChangeRequestModel</name>
        <message>
            <source>Key</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Change request</source>
            <translation>変更依頼</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>工数</translation>
        </message>
        <message>
            <source>Estimated by</source>
            <translation>見積者</translation>
        </message>
        <message>
            <source>Sprint</source>
            <translation>スプリント</translation>
        </message>
        <message>
            <source>Confirmation</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>In this state since</source>
            <translation>この状態になった日時</translation>
        </message>
    </context>
    <context>
        <name>ChangeRequestMoveDialog</name>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>The customer's &amp;mail:</source>
            <translation>お客様のメール(&amp;M):</translation>
        </message>
        <message>
            <source>Logged by &amp;hand:</source>
            <translation>手動で記録(&amp;H):</translation>
        </message>
        <message>
            <source>e.g. 16 or 2.5</source>
            <translation>例：16、2.5</translation>
        </message>
        <message>
            <source>Estimate (&amp;hours):</source>
            <translation>見積工数（時間）(&amp;H):</translation>
        </message>
        <message>
            <source>Estimated &amp;by:</source>
            <translation>見積者(&amp;B):</translation>
        </message>
        <message>
            <source>What and where, e.g. “confirmed in the Teams chat by Tanaka-san”</source>
            <translation>内容と場所（例：「田中様よりTeamsのチャットでご承認」）</translation>
        </message>
        <message>
            <source>Its &amp;date:</source>
            <translation>日付(&amp;D):</translation>
        </message>
        <message>
            <source>Leave both empty when nothing was written.</source>
            <translation>書面がない場合は両方とも空欄のままにしてください。</translation>
        </message>
        <message>
            <source>&amp;Sprint:</source>
            <translation>スプリント(&amp;S):</translation>
        </message>
        <message>
            <source>The project has no sprints yet: add them in the passport's Sprints tab.</source>
            <translation>このプロジェクトにはまだスプリントがありません。パスポートの「スプリント」タブで追加してください。</translation>
        </message>
        <message>
            <source>Optional: kept with the step in its history</source>
            <translation>任意：この手順とともに履歴に残ります</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>メモ(&amp;N):</translation>
        </message>
    </context>
    <context>
        <name>ChangeRequestPage</name>
        <message>
            <source>No change requests yet. When the customer asks for a change, press “New change request…” and describe it; then estimate it, send the estimate, and record the customer's written confirmation.</source>
            <translation>変更依頼はまだありません。お客様から変更のご依頼があれば「新しい変更依頼…」を押して内容を記録し、見積もり、見積もりを送付し、お客様の書面でのご確認を記録してください。</translation>
        </message>
        <message>
            <source>Select a change request to see its steps.</source>
            <translation>変更依頼を選ぶと、これまでの経緯が表示されます。</translation>
        </message>
        <message>
            <source>&amp;New change request…</source>
            <translation>新しい変更依頼(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>編集(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Move to…</source>
            <translation>状態を進める(&amp;M)…</translation>
        </message>
        <message>
            <source>Send &amp;estimate…</source>
            <translation>見積もりを送る(&amp;E)…</translation>
        </message>
        <message>
            <source>Confirm agreed change…</source>
            <translation>合意した変更を確認…</translation>
        </message>
        <message>
            <source>Tell the &amp;team…</source>
            <translation>チームに伝える(&amp;T)…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Write the estimate to the customer for confirmation; sending it moves the request to “Sent for confirmation”</source>
            <translation>見積もりをお客様にご確認いただくメールを作成します。送信すると依頼は「確認依頼済み」に進みます</translation>
        </message>
        <message>
            <source>Confirm the agreed change, with its hours, in writing</source>
            <translation>合意した変更を工数とともに書面で確認します</translation>
        </message>
        <message>
            <source>Tell the vendor team what goes into the sprint; sending it moves the request to “Team informed”</source>
            <translation>スプリントに入る内容を開発チームに伝えます。送信すると依頼は「チーム周知済み」に進みます</translation>
        </message>
    </context>
    <context>
        <name>ChangeRequestsController</name>
        <message>
            <source>Change request recorded.</source>
            <translation>変更依頼を記録しました。</translation>
        </message>
        <message>
            <source>Change request saved.</source>
            <translation>変更依頼を保存しました。</translation>
        </message>
        <message>
            <source>Change request moved on.</source>
            <translation>変更依頼の状態を進めました。</translation>
        </message>
        <message>
            <source>Delete the change request</source>
            <translation>変更依頼の削除</translation>
        </message>
        <message>
            <source>Delete “%1” with its history? Messages about it are kept.</source>
            <translation>「%1」を履歴とともに削除しますか？ 関連するメッセージは残ります。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Change request deleted.</source>
            <translation>変更依頼を削除しました。</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsModel</name>
        <message>
            <source>Category</source>
            <translation>分類</translation>
        </message>
        <message>
            <source>Red flags</source>
            <translation>レッドフラグ</translation>
        </message>
        <message>
            <source>Low scores</source>
            <translation>低評価</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>直近3か月</translation>
        </message>
    </context>
    <context>
        <name>ComposeWindow</name>
        <message>
            <source>Type a name or address; separate with commas</source>
            <translation>名前かアドレスを入力(複数はカンマで区切る)</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>差出人(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>宛先(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Cc:</source>
            <translation>&amp;Cc:</translation>
        </message>
        <message>
            <source>&amp;Bcc:</source>
            <translation>&amp;Bcc:</translation>
        </message>
        <message>
            <source>Sub&amp;ject:</source>
            <translation>件名(&amp;J):</translation>
        </message>
        <message>
            <source>Back to drafts to edit</source>
            <translation>下書きに戻して編集</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>再試行</translation>
        </message>
        <message>
            <source>I sent it myself: mark as sent</source>
            <translation>自分で送信済み: 送信済みにする</translation>
        </message>
        <message>
            <source>Write in Markdown: - for bullets, **bold**, | tables |. The preview shows what the customer receives.</source>
            <translation>Markdown で書きます: - で箇条書き、**太字**、| 表 |。プレビューは顧客が受け取る表示です。</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Queue to send</source>
            <translation>送信待ちにする(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Export as .eml…</source>
            <translation>.eml として書き出す(&amp;E)…</translation>
        </message>
        <message>
            <source>Cop&amp;y as rich text</source>
            <translation>リッチテキストでコピー(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Delete draft…</source>
            <translation>下書きを削除(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>閉じる(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <source>Refresh &amp;preview</source>
            <translation>プレビューを更新(&amp;P)</translation>
        </message>
        <message>
            <source>Queue for Outlook (Ctrl+Enter)</source>
            <translation>Outlook の送信待ちに入れる (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>&amp;Message</source>
            <translation>メッセージ(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>Confirms or reports on: %1</source>
            <translation>確認・報告の対象: %1</translation>
        </message>
        <message>
            <source>Queued: Outlook sends it at the next sync. It can no longer be edited here.</source>
            <translation>送信待ち: 次回の同期で Outlook が送信します。ここでは編集できません。</translation>
        </message>
        <message>
            <source>Sent on %1. It is kept as it went out and cannot be changed.</source>
            <translation>%1 に送信済み。送信したとおりに保存され、変更できません。</translation>
        </message>
        <message>
            <source>Sending failed: %1</source>
            <translation>送信に失敗しました: %1</translation>
        </message>
        <message>
            <source>Draft saved</source>
            <translation>下書きを保存しました</translation>
        </message>
        <message>
            <source>Still to fill in before it can be queued: %1</source>
            <translation>送信待ちにする前に記入が必要な箇所: %1</translation>
        </message>
        <message>
            <source>New message</source>
            <translation>新しいメッセージ</translation>
        </message>
        <message>
            <source>%1 — PM Cockpit</source>
            <translation>%1 — PM Cockpit</translation>
        </message>
        <message>
            <source>This message is very long: the preview updates when you press F5.</source>
            <translation>このメッセージは非常に長いため、プレビューは F5 を押したときに更新されます。</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>編集中…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>保存中…</translation>
        </message>
        <message>
            <source>Saved at %1</source>
            <translation>%1 に保存</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>The draft was not saved</source>
            <translation>下書きを保存できませんでした</translation>
        </message>
        <message>
            <source>Check the addresses</source>
            <translation>アドレスを確認してください</translation>
        </message>
        <message>
            <source>Not queued: places left to fill in</source>
            <translation>送信待ちにしていません: 未記入の箇所があります</translation>
        </message>
        <message>
            <source>Write what belongs in these places (or delete them), then queue the message again: %1. Nothing was sent.</source>
            <translation>次の箇所を記入（または削除）してから、もう一度送信待ちにしてください: %1。送信はされていません。</translation>
        </message>
        <message>
            <source>Send to the customer's executives?</source>
            <translation>顧客の経営層に送信しますか？</translation>
        </message>
        <message>
            <source>This message goes to the customer's executives: %1. Queue it for Outlook?</source>
            <translation>このメッセージは顧客の経営層に届きます: %1。Outlook の送信待ちにしますか？</translation>
        </message>
        <message>
            <source>Queue it</source>
            <translation>送信待ちにする</translation>
        </message>
        <message>
            <source>Mark as sent</source>
            <translation>送信済みにする</translation>
        </message>
        <message>
            <source>Mark this message as sent? Do this only if you sent it yourself, for example from the exported .eml file. It can no longer be changed.</source>
            <translation>このメッセージを送信済みにしますか? 書き出した .eml などから自分で送信した場合だけにしてください。以後は変更できません。</translation>
        </message>
        <message>
            <source>Queued for Outlook.</source>
            <translation>Outlook の送信待ちに入れました。</translation>
        </message>
        <message>
            <source>PM Cockpit</source>
            <translation>PM Cockpit</translation>
        </message>
        <message>
            <source>Export as .eml</source>
            <translation>.eml として書き出す</translation>
        </message>
        <message>
            <source>E-mail message (*.eml)</source>
            <translation>メールメッセージ (*.eml)</translation>
        </message>
        <message>
            <source>Saved %1: open it in any mail client to send it.</source>
            <translation>%1 を保存しました。任意のメールソフトで開いて送信できます。</translation>
        </message>
        <message>
            <source>Copied: paste it into any mail or chat.</source>
            <translation>コピーしました。メールやチャットに貼り付けられます。</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>下書きを削除</translation>
        </message>
        <message>
            <source>Delete this message? This cannot be undone.</source>
            <translation>このメッセージを削除しますか? 元に戻せません。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationDialog</name>
        <message>
            <source>Link the written confirmation</source>
            <translation>書面での確認を関連付ける</translation>
        </message>
        <message>
            <source>The customer's &amp;mail:</source>
            <translation>お客様のメール(&amp;M):</translation>
        </message>
        <message>
            <source>Logged by &amp;hand:</source>
            <translation>手動で記録(&amp;H):</translation>
        </message>
        <message>
            <source>What and where, e.g. “confirmed in the Teams chat by Tanaka-san”</source>
            <translation>内容と場所（例：「田中様よりTeamsのチャットでご承認」）</translation>
        </message>
        <message>
            <source>Its &amp;date:</source>
            <translation>日付(&amp;D):</translation>
        </message>
    </context>
    <context>
        <name>ContractTab</name>
        <message>
            <source>Rates, discounts, special terms…</source>
            <translation>単価、割引、特約など…</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>契約</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>種別(&amp;Y):</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>金額(&amp;V):</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>通貨(&amp;U):</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>備考:</translation>
        </message>
        <message>
            <source>Term from:</source>
            <translation>契約開始日:</translation>
        </message>
        <message>
            <source>Term until:</source>
            <translation>契約終了日:</translation>
        </message>
        <message>
            <source>Rene&amp;wal:</source>
            <translation>更新(&amp;W):</translation>
        </message>
        <message>
            <source>Renewal notice (days):</source>
            <translation>更新の予告期間（日）:</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>請求書番号</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>発行日</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>通貨</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>支払期日</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>入金日</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Add invoice</source>
            <translation>請求書を追加</translation>
        </message>
        <message>
            <source>No invoices yet. Record each invoice with “Add invoice” (number, amount, due date) and its payment date once paid: overdue ones are marked here and in the project list.</source>
            <translation>請求書はまだありません。「請求書を追加」で請求書ごとに番号・金額・支払期日を記録し、入金されたら入金日を入力してください。期限を過ぎたものはここと一覧に表示されます。</translation>
        </message>
        <message>
            <source>Invoices and payments</source>
            <translation>請求と入金</translation>
        </message>
        <message>
            <source>Overdue since %1: not paid by its due date.</source>
            <translation>%1 から支払期限超過：期日までに支払われていません。</translation>
        </message>
        <message>
            <source>No invoices yet.</source>
            <translation>請求書はまだありません。</translation>
        </message>
        <message>
            <source>Invoiced: %1 · Outstanding: %2</source>
            <translation>請求額: %1 · 未入金: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>期限超過 %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>PM Cockpit — unexpected error</source>
            <translation>PM Cockpit — 予期しないエラー</translation>
        </message>
        <message>
            <source>Something went wrong that PM Cockpit did not expect. Your saved data is safe.
Details are in the log: %1</source>
            <translation>PM Cockpit で予期しないエラーが発生しました。保存済みのデータは失われていません。
詳細はログを参照してください: %1</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Pick a date (Alt+Down)</source>
            <translation>日付を選択（Alt+↓）</translation>
        </message>
        <message>
            <source>Pick a date</source>
            <translation>日付を選択</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Decision</source>
            <translation>決定事項</translation>
        </message>
        <message>
            <source>Record a decision</source>
            <translation>決定事項の記録</translation>
        </message>
        <message>
            <source>— none: agreed in a call or a meeting —</source>
            <translation>— なし：電話や会議で合意 —</translation>
        </message>
        <message>
            <source>What was decided, as the customer would read it</source>
            <translation>決まったこと（お客様が読む形で）</translation>
        </message>
        <message>
            <source>Internal: never sent to the customer</source>
            <translation>社内のみ：お客様には送付しない</translation>
        </message>
        <message>
            <source>From a customer's &amp;mail:</source>
            <translation>お客様のメールから(&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>決定事項(&amp;D):</translation>
        </message>
        <message>
            <source>Decided &amp;on:</source>
            <translation>決定日(&amp;O):</translation>
        </message>
    </context>
    <context>
        <name>DecisionLogDialog</name>
        <message>
            <source>Decisions and action items</source>
            <translation>決定事項とアクションアイテム</translation>
        </message>
        <message>
            <source>(internal)</source>
            <translation>（社内）</translation>
        </message>
        <message>
            <source>owner: %1 · due: %2 · from %3</source>
            <translation>担当: %1 · 期日: %2 · %3 の会議より</translation>
        </message>
        <message>
            <source>No decisions recorded yet: they come from the minutes of the meetings.</source>
            <translation>決定事項はまだありません。会議の議事録から記録されます。</translation>
        </message>
        <message>
            <source>Confirm to the customer in &amp;writing…</source>
            <translation>顧客に書面で確認(&amp;W)…</translation>
        </message>
        <message>
            <source>Important decisions and agreed changes are traced in writing. Internal decisions are not sent.</source>
            <translation>重要な決定と合意した変更は書面で記録します。社内向けの決定は送信されません。</translation>
        </message>
        <message>
            <source>No open action items.</source>
            <translation>未完了のアクションアイテムはありません。</translation>
        </message>
        <message>
            <source>Decision log (newest first)</source>
            <translation>決定事項の記録（新しい順）</translation>
        </message>
        <message>
            <source>Open action items (they carry over into the next agendas)</source>
            <translation>未完了のアクションアイテム（次回以降のアジェンダに引き継がれます）</translation>
        </message>
        <message>
            <source>confirmed in writing on %1</source>
            <translation>%1 に書面で確認済み</translation>
        </message>
        <message>
            <source>confirmation queued</source>
            <translation>確認メール送信待ち</translation>
        </message>
        <message>
            <source>confirmation failed to send</source>
            <translation>確認メールの送信に失敗</translation>
        </message>
        <message>
            <source>confirmation drafted</source>
            <translation>確認メール下書きあり</translation>
        </message>
    </context>
    <context>
        <name>DecisionModel</name>
        <message>
            <source>Decided</source>
            <translation>決定日</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>決定事項</translation>
        </message>
        <message>
            <source>From</source>
            <translation>出所</translation>
        </message>
        <message>
            <source>In writing</source>
            <translation>書面での確認</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>社内</translation>
        </message>
        <message>
            <source>internal: not sent</source>
            <translation>社内：送付しない</translation>
        </message>
        <message>
            <source>confirmed %1 — %2</source>
            <translation>%1 確認済み — %2</translation>
        </message>
        <message>
            <source>awaiting confirmation</source>
            <translation>確認待ち</translation>
        </message>
    </context>
    <context>
        <name>DecisionPage</name>
        <message>
            <source>No decisions yet. The minutes' decisions show here; record one agreed in a call or in a customer's mail with “Record a decision…”, then confirm it in writing.</source>
            <translation>決定事項はまだありません。議事録の決定事項はここに表示されます。電話やお客様のメールで合意したことは「決定事項を記録…」で記録し、書面で確認してください。</translation>
        </message>
        <message>
            <source>&amp;Record a decision…</source>
            <translation>決定事項を記録(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>編集(&amp;E)…</translation>
        </message>
        <message>
            <source>Confirm in &amp;writing…</source>
            <translation>書面で確認(&amp;W)…</translation>
        </message>
        <message>
            <source>&amp;Link the confirmation…</source>
            <translation>確認を関連付ける(&amp;L)…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Write the decision confirmation to the customer; once sent, it confirms it</source>
            <translation>お客様への決定事項の確認メールを作成します。送信すると確認済みになります</translation>
        </message>
        <message>
            <source>It was confirmed another way: link the customer's mail, or log the message</source>
            <translation>別の方法で確認済みの場合：お客様のメールを関連付けるか、記録を残します</translation>
        </message>
        <message numerus="yes">
            <source>%n awaiting written confirmation</source>
            <translation>
                <numerusform>書面での確認待ち %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>A meeting's decision is edited in its minutes</source>
            <translation>会議の決定事項は議事録で編集します</translation>
        </message>
    </context>
    <context>
        <name>DecisionsController</name>
        <message>
            <source>Decision recorded.</source>
            <translation>決定事項を記録しました。</translation>
        </message>
        <message>
            <source>Decision saved.</source>
            <translation>決定事項を保存しました。</translation>
        </message>
        <message>
            <source>Decision confirmed in writing.</source>
            <translation>決定事項を書面で確認済みにしました。</translation>
        </message>
        <message>
            <source>Delete the decision</source>
            <translation>決定事項の削除</translation>
        </message>
        <message>
            <source>Delete “%1” from the decision log?</source>
            <translation>「%1」を決定事項ログから削除しますか？</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Decision deleted.</source>
            <translation>決定事項を削除しました。</translation>
        </message>
    </context>
    <context>
        <name>DoneDialog</name>
        <message>
            <source>Mark as done</source>
            <translation>完了にする</translation>
        </message>
        <message>
            <source>How was it done? For example: “told them on the phone at 10:00”. The note is kept in the history.</source>
            <translation>どのように対応しましたか。例：「10:00 に電話で伝えた」。メモは履歴に残ります。</translation>
        </message>
    </context>
    <context>
        <name>HealthStrip</name>
        <message>
            <source>All projects</source>
            <translation>すべてのプロジェクト</translation>
        </message>
        <message>
            <source>Every project's items</source>
            <translation>全プロジェクトの項目</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>期限超過 %1 件</translation>
        </message>
        <message>
            <source>next %1</source>
            <translation>次 %1</translation>
        </message>
        <message>
            <source>%1 overdue, %2 due today, %3 soon</source>
            <translation>期限超過 %1 件、本日期限 %2 件、まもなく %3 件</translation>
        </message>
        <message>
            <source>+%1 more</source>
            <translation>ほか %1 件</translation>
        </message>
        <message>
            <source>CSAT %1</source>
            <translation>CSAT %1</translation>
        </message>
        <message>
            <source>Portfolio CSAT %1</source>
            <translation>全プロジェクトの CSAT %1</translation>
        </message>
        <message>
            <source>Rolling 3-month CSAT mean over the last twelve months</source>
            <translation>過去12か月の CSAT（3か月移動平均）</translation>
        </message>
        <message>
            <source>Falling: an early warning is on the list</source>
            <translation>低下中：早期警告が一覧にあります</translation>
        </message>
        <message numerus="yes">
            <source>Falling on %n project(s): see the early warnings</source>
            <translation>
                <numerusform>%n 件のプロジェクトで低下中：早期警告をご確認ください</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Snoozes and done marks</source>
            <translation>スヌーズと完了の記録</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>The item comes back as it would be without this mark; the mark stays in the history.</source>
            <translation>この記録がなかった場合の状態に項目が戻ります。記録は履歴に残ります。</translation>
        </message>
    </context>
    <context>
        <name>InvitePreviewDialog</name>
        <message>
            <source>Invite preview</source>
            <translation>招待のプレビュー</translation>
        </message>
        <message>
            <source>No invite was sent yet: everyone receives a new invitation.</source>
            <translation>まだ招待を送っていません。全員に新しい招待が届きます。</translation>
        </message>
        <message>
            <source>Nothing attendees see changed since the last invite.</source>
            <translation>前回の招待から、出席者に見える変更はありません。</translation>
        </message>
        <message>
            <source>Changed since the last invite: %1</source>
            <translation>前回の招待からの変更: %1</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>顧客</translation>
        </message>
        <message>
            <source>vendor</source>
            <translation>ベンダー</translation>
        </message>
        <message>
            <source>Recipients and their local time:</source>
            <translation>受信者と現地時刻:</translation>
        </message>
        <message>
            <source>Agenda (as the customer receives it):</source>
            <translation>アジェンダ（顧客に届く内容）:</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Onboarding</source>
            <translation>オンボーディング</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>保留中</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>クローズ</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>緑</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>黄</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>赤</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>ベンダー</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>顧客</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>1 · Project manager</source>
            <translation>1 · プロジェクトマネージャー</translation>
        </message>
        <message>
            <source>2 · Department director</source>
            <translation>2 · 部門長</translation>
        </message>
        <message>
            <source>3 · C-level</source>
            <translation>3 · 経営層</translation>
        </message>
        <message>
            <source>Weekly status</source>
            <translation>週次定例</translation>
        </message>
        <message>
            <source>Biweekly status</source>
            <translation>隔週定例</translation>
        </message>
        <message>
            <source>Executive review</source>
            <translation>経営層レビュー</translation>
        </message>
        <message>
            <source>Source control</source>
            <translation>ソース管理</translation>
        </message>
        <message>
            <source>Issue tracker</source>
            <translation>課題管理ツール</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>ドキュメント</translation>
        </message>
        <message>
            <source>Other tool</source>
            <translation>その他のツール</translation>
        </message>
        <message>
            <source>Fixed price</source>
            <translation>固定価格</translation>
        </message>
        <message>
            <source>Time and materials</source>
            <translation>タイム＆マテリアル</translation>
        </message>
        <message>
            <source>Dedicated team</source>
            <translation>専任チーム</translation>
        </message>
        <message>
            <source>Retainer</source>
            <translation>リテイナー</translation>
        </message>
        <message>
            <source>No renewal</source>
            <translation>更新なし</translation>
        </message>
        <message>
            <source>Renewal on request</source>
            <translation>申し出により更新</translation>
        </message>
        <message>
            <source>Automatic renewal</source>
            <translation>自動更新</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>見積済み</translation>
        </message>
        <message>
            <source>Sent for confirmation</source>
            <translation>確認依頼済み</translation>
        </message>
        <message>
            <source>Other meeting</source>
            <translation>その他の会議</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>毎週</translation>
        </message>
        <message>
            <source>Every N weeks</source>
            <translation>N 週ごと</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>毎月</translation>
        </message>
        <message>
            <source>Every N months</source>
            <translation>N か月ごと</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>毎年</translation>
        </message>
        <message>
            <source>Custom rule (RRULE)</source>
            <translation>カスタムルール（RRULE）</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必須</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>任意</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <translation>未回答</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>承諾</translation>
        </message>
        <message>
            <source>Tentative</source>
            <translation>仮承諾</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>辞退</translation>
        </message>
        <message>
            <source>Delegated</source>
            <translation>委任</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>予定どおり</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>変更済み</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>中止</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>未着手</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>ブロック中</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>レビュー中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>緊急</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>品質</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>スケジュール</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>コミュニケーション</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>費用</translation>
        </message>
        <message>
            <source>People</source>
            <translation>体制・人</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>その他</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>起票</translation>
        </message>
        <message>
            <source>moved up by the clock</source>
            <translation>期限切れで上位へ</translation>
        </message>
        <message>
            <source>escalated by hand</source>
            <translation>手動でエスカレーション</translation>
        </message>
        <message>
            <source>note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>answer to the customer</source>
            <translation>お客様への回答</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>解決</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>再オープン</translation>
        </message>
        <message>
            <source>CSAT (1–5)</source>
            <translation>CSAT（1〜5）</translation>
        </message>
        <message>
            <source>NPS (0–10)</source>
            <translation>NPS（0〜10）</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>全般</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>対応中</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>修正済み</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>未決定</translation>
        </message>
        <message>
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Price reduction</source>
            <translation>値引き</translation>
        </message>
        <message>
            <source>Extra service</source>
            <translation>追加サービス</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会議</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>Customer's mail</source>
            <translation>お客様のメール</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>手動</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>受付済み</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>承認済み</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>却下</translation>
        </message>
        <message>
            <source>Scheduled in a sprint</source>
            <translation>スプリントに計画済み</translation>
        </message>
        <message>
            <source>Team informed</source>
            <translation>チーム周知済み</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>送信済み</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation>議題</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>決定事項</translation>
        </message>
        <message>
            <source>Action item</source>
            <translation>アクションアイテム</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>週次定例</translation>
        </message>
        <message>
            <source>Biweekly</source>
            <translation>隔週定例</translation>
        </message>
        <message>
            <source>Exec. review</source>
            <translation>経営層</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>この項目は必須です。</translation>
        </message>
        <message>
            <source>Start with a letter or digit; use up to 32 letters A–Z, digits, dots, dashes or underscores.</source>
            <translation>先頭は半角英数字とし、半角英字（A–Z）、数字、ドット、ハイフン、アンダースコアで 32 文字以内で入力してください。</translation>
        </message>
        <message>
            <source>Not an e-mail address (expected name@example.com).</source>
            <translation>メールアドレスの形式が正しくありません（例: name@example.com）。</translation>
        </message>
        <message>
            <source>Not a web address (expected https://…).</source>
            <translation>URL の形式が正しくありません（例: https://…）。</translation>
        </message>
        <message>
            <source>Unknown time zone (expected e.g. Asia/Tokyo).</source>
            <translation>不明なタイムゾーンです（例: Asia/Tokyo）。</translation>
        </message>
        <message>
            <source>Use a three-letter currency code such as EUR, USD or JPY.</source>
            <translation>EUR、USD、JPY などの 3 文字の通貨コードを入力してください。</translation>
        </message>
        <message>
            <source>Use a two-letter country code such as JP, DE or US.</source>
            <translation>JP、DE、US などの 2 文字の国コードを入力してください。</translation>
        </message>
        <message>
            <source>Enter an amount of zero or more, e.g. 12500.00.</source>
            <translation>0 以上の金額を入力してください（例: 12500.00）。</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>終了日が開始日より前になっています。</translation>
        </message>
        <message>
            <source>Sprints last one or two weeks.</source>
            <translation>スプリントの期間は 1 週間または 2 週間です。</translation>
        </message>
        <message>
            <source>A level of the escalation path has 1 to 30 working days.</source>
            <translation>エスカレーションの各段階は 1〜30 営業日で設定してください。</translation>
        </message>
        <message>
            <source>Another row already has this name.</source>
            <translation>同じ名前の行がすでにあります。</translation>
        </message>
        <message>
            <source>Enter a percentage between 0 and 100.</source>
            <translation>0 から 100 までのパーセント値を入力してください。</translation>
        </message>
        <message>
            <source>Enter zero or more.</source>
            <translation>0 以上の値を入力してください。</translation>
        </message>
        <message>
            <source>This text is too long.</source>
            <translation>入力が長すぎます。</translation>
        </message>
        <message>
            <source>This number is too large.</source>
            <translation>数値が大きすぎます。</translation>
        </message>
        <message>
            <source>Use a dot for decimals, e.g. 1234.50 (commas only group thousands).</source>
            <translation>小数点にはドットを使ってください（例: 1234.50。カンマは桁区切りにのみ使用できます）。</translation>
        </message>
        <message>
            <source>Not a number.</source>
            <translation>数値を入力してください。</translation>
        </message>
        <message>
            <source>The database file is damaged or is not a PM Cockpit database. It was not changed. Restore a backup or choose another file with --db.</source>
            <translation>データベースファイルが破損しているか、PM Cockpit のデータベースではありません。ファイルは変更されていません。バックアップから復元するか、--db で別のファイルを指定してください。</translation>
        </message>
        <message>
            <source>The database cannot be read. Check the file's permissions or choose another file with --db.</source>
            <translation>データベースを読み込めません。ファイルのアクセス権を確認するか、--db で別のファイルを指定してください。</translation>
        </message>
        <message>
            <source>This database was written by a newer version of PM Cockpit. It was left untouched: update PM Cockpit to open it.</source>
            <translation>このデータベースは新しいバージョンの PM Cockpit で作成されています。データベースは変更されていません。開くには PM Cockpit を更新してください。</translation>
        </message>
        <message>
            <source>This shared database needs its schema created or upgraded first. PM Cockpit never does that by itself on a server: whoever looks after the database runs `cockpit db upgrade --db URL` once, then everyone opens it again.</source>
            <translation>この共有データベースは、先にスキーマの作成またはアップグレードが必要です。PM Cockpit はサーバー上でこれを自動では行いません。データベースの管理担当者が `cockpit db upgrade --db URL` を一度実行してから、あらためて開いてください。</translation>
        </message>
        <message>
            <source>The database address is not usable. Check --db or COCKPIT_DB.</source>
            <translation>データベースのアドレスを使用できません。--db または COCKPIT_DB を確認してください。</translation>
        </message>
        <message>
            <source>There is no project store at this path. Check the path, or open another store with File → Open store…</source>
            <translation>このパスにはプロジェクト ストアがありません。パスを確認するか、［ファイル］→［ストアを開く…］で別のストアを開いてください。</translation>
        </message>
        <message>
            <source>This is the demo portfolio: it never sends mail, syncs or writes to Outlook. Open your own store to do that.</source>
            <translation>これはデモ ポートフォリオです。メールの送信、同期、Outlook への書き込みは一切行いません。これらを行うには、ご自身のストアを開いてください。</translation>
        </message>
        <message>
            <source>This store holds your own projects: the demo portfolio goes only into a store of its own (Help → Open the demo portfolio).</source>
            <translation>このストアにはご自身のプロジェクトが入っています。デモ ポートフォリオは専用のストアにのみ作成されます（［ヘルプ］→［デモ ポートフォリオを開く］）。</translation>
        </message>
        <message>
            <source>Upgrading the database failed. Your data is safe in the backup named below; please report this problem.</source>
            <translation>データベースのアップグレードに失敗しました。データは下記のバックアップに保存されています。この問題を報告してください。</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>ファイルが存在しません。</translation>
        </message>
        <message>
            <source>The file cannot be read or written.</source>
            <translation>ファイルの読み込みまたは書き込みができません。</translation>
        </message>
        <message>
            <source>The file is not valid JSON.</source>
            <translation>ファイルが有効な JSON ではありません。</translation>
        </message>
        <message>
            <source>The file is not a PM Cockpit export, or it is damaged.</source>
            <translation>PM Cockpit のエクスポートファイルではないか、ファイルが破損しています。</translation>
        </message>
        <message>
            <source>The export was made by another version of PM Cockpit and cannot be read by this one.</source>
            <translation>このエクスポートファイルは別のバージョンの PM Cockpit で作成されたため、このバージョンでは読み込めません。</translation>
        </message>
        <message>
            <source>Some fields need attention before saving.</source>
            <translation>保存する前に修正が必要な項目があります。</translation>
        </message>
        <message>
            <source>The project no longer exists; it may have been deleted.</source>
            <translation>プロジェクトが見つかりません。削除された可能性があります。</translation>
        </message>
        <message>
            <source>The calendar file is damaged or is not an iCalendar (.ics) file. Nothing was imported.</source>
            <translation>カレンダーファイルが壊れているか、iCalendar（.ics）ファイルではありません。何も取り込まれていません。</translation>
        </message>
        <message>
            <source>The calendar file holds no meeting PM Cockpit can import. Nothing was changed.</source>
            <translation>このカレンダーファイルには PM Cockpit で取り込める会議がありません。何も変更されていません。</translation>
        </message>
        <message>
            <source>This meeting already belongs to another project. Import it there, or choose the right project. Nothing was changed.</source>
            <translation>この会議はすでに別のプロジェクトに属しています。そのプロジェクトで取り込むか、正しいプロジェクトを選んでください。何も変更されていません。</translation>
        </message>
        <message>
            <source>The template has a mistake; fix it in the template editor.</source>
            <translation>テンプレートに誤りがあります。テンプレートエディターで修正してください。</translation>
        </message>
        <message>
            <source>This message is queued or sent and can no longer be changed. Take a queued message back to the drafts to edit it; a sent one is kept as it went out.</source>
            <translation>このメッセージは送信待ちか送信済みのため変更できません。送信待ちのものは下書きに戻せば編集できます。送信済みのものは送信したとおりに保存されます。</translation>
        </message>
        <message>
            <source>Check the addresses: a message needs a sender and at least one recipient, and every address must be valid. Nothing was lost.</source>
            <translation>アドレスを確認してください。差出人と 1 人以上の宛先が必要で、すべてのアドレスが有効である必要があります。内容は失われていません。</translation>
        </message>
        <message>
            <source>The message still has places to fill in, marked [[like this]]. Write them (or delete them), then queue it again. Nothing was sent.</source>
            <translation>メッセージに [[このような]] 記入箇所が残っています。記入（または削除）してから、もう一度送信待ちにしてください。送信はされていません。</translation>
        </message>
        <message>
            <source>This message goes to the customer's executives. Queue it from its window, where you can confirm it. Nothing was sent.</source>
            <translation>このメッセージは顧客の経営層に届きます。メッセージのウィンドウから送信待ちにすると、確認のうえ送信できます。送信はされていません。</translation>
        </message>
        <message>
            <source>Outlook cannot be reached: you seem to be offline. Everything is kept and is sent when the network is back.</source>
            <translation>Outlook に接続できません。オフラインのようです。すべて保持され、ネットワークが戻ると送信されます。</translation>
        </message>
        <message>
            <source>Your Outlook sign-in has expired. Sign in again; nothing waiting is lost.</source>
            <translation>Outlook のサインインの有効期限が切れました。もう一度サインインしてください。送信待ちのものは失われません。</translation>
        </message>
        <message>
            <source>Outlook refused: your account lacks a permission PM Cockpit needs. Ask your administrator to grant it (see the README), then sign in again.</source>
            <translation>Outlook に拒否されました。PM Cockpit に必要な権限がアカウントにありません。管理者に付与を依頼し(README 参照)、もう一度サインインしてください。</translation>
        </message>
        <message>
            <source>The mailbox is full. Free some space in Outlook, then retry.</source>
            <translation>メールボックスがいっぱいです。Outlook で空き容量を作ってから再試行してください。</translation>
        </message>
        <message>
            <source>The item was deleted in Outlook.</source>
            <translation>この項目は Outlook で削除されました。</translation>
        </message>
        <message>
            <source>Outlook asked to wait before more requests. Sync retries later by itself.</source>
            <translation>Outlook から待機を求められました。同期は後で自動的に再試行します。</translation>
        </message>
        <message>
            <source>Outlook's servers are not answering right now. Sync retries later by itself.</source>
            <translation>Outlook のサーバーが現在応答していません。同期は後で自動的に再試行します。</translation>
        </message>
        <message>
            <source>The item was changed in Outlook meanwhile; both versions are kept.</source>
            <translation>この項目はその間に Outlook で変更されました。両方の版を保持します。</translation>
        </message>
        <message>
            <source>Outlook no longer knows the last sync point; everything is read again.</source>
            <translation>Outlook が前回の同期位置を保持していないため、すべてを読み直します。</translation>
        </message>
        <message>
            <source>Outlook refused the request.</source>
            <translation>Outlook がリクエストを拒否しました。</translation>
        </message>
        <message>
            <source>This computer has no usable keychain: you will need to sign in to Outlook each time PM Cockpit starts. Nothing is stored in plain text.</source>
            <translation>このコンピューターには使用できるキーチェーンがありません。PM Cockpit を起動するたびに Outlook へのサインインが必要です。平文では何も保存しません。</translation>
        </message>
        <message>
            <source>One meeting, one invitation: this series' invitations already go out another way, and switching would invite everyone a second time.</source>
            <translation>1 つの会議に招待は 1 つです。このシリーズの招待はすでに別の方法で送られており、切り替えると全員をもう一度招待してしまいます。</translation>
        </message>
        <message>
            <source>%1: the address is empty</source>
            <translation>%1: アドレスが空です</translation>
        </message>
        <message>
            <source>%1: the domain after @ is not valid</source>
            <translation>%1: @ の後のドメインが正しくありません</translation>
        </message>
        <message>
            <source>%1 is not an e-mail address</source>
            <translation>%1 はメールアドレスではありません</translation>
        </message>
        <message>
            <source>“%1” was edited here and in %2: both versions are kept.</source>
            <translation>「%1」はこちらと %2 の両方で編集されました。両方の版を残しています。</translation>
        </message>
        <message>
            <source>The draft “%1” was updated from %2.</source>
            <translation>下書き「%1」を %2 の内容で更新しました。</translation>
        </message>
        <message>
            <source>The draft “%1” was deleted in %2; it is kept here.</source>
            <translation>下書き「%1」は %2 で削除されました。こちらには残しています。</translation>
        </message>
        <message>
            <source>“%1” was sent from %2.</source>
            <translation>「%1」は %2 から送信されました。</translation>
        </message>
        <message>
            <source>%2 refused “%1”. The message shows why; fix it and retry.</source>
            <translation>%2 が「%1」を受け付けませんでした。理由はメッセージに表示されています。直してから再試行してください。</translation>
        </message>
        <message>
            <source>%2 sent the invitations for “%1”.</source>
            <translation>%2 が「%1」の招待を送信しました。</translation>
        </message>
        <message>
            <source>%2 cannot hold the series “%1”. The series shows why.</source>
            <translation>シリーズ「%1」は %2 で扱えません。理由はシリーズに表示されています。</translation>
        </message>
        <message>
            <source>The series “%1” was cancelled in %2.</source>
            <translation>シリーズ「%1」は %2 でキャンセルされました。</translation>
        </message>
        <message>
            <source>Every meeting of “%1” was moved in %2 (another time or length).</source>
            <translation>「%1」のすべての会議が %2 で変更されました（時刻または長さ）。</translation>
        </message>
        <message>
            <source>A meeting of “%1” was moved in %2.</source>
            <translation>「%1」の会議の 1 回が %2 で移動されました。</translation>
        </message>
        <message>
            <source>A meeting of “%1” was cancelled in %2.</source>
            <translation>「%1」の会議の 1 回が %2 でキャンセルされました。</translation>
        </message>
        <message>
            <source>Attendees answered “%1” in %2.</source>
            <translation>出席者が %2 で「%1」に返答しました。</translation>
        </message>
        <message>
            <source>%2 changed “%1”.</source>
            <translation>%2 で「%1」が変更されました。</translation>
        </message>
        <message>
            <source>This project was changed elsewhere (another window, the command line or an import) after you opened it. Nothing was overwritten and your edits are still on screen: copy what you need, then use Revert changes to load the stored version.</source>
            <translation>このプロジェクトは、開いた後に別の場所（別のウィンドウ、コマンドライン、取り込み）で変更されました。何も上書きされておらず、編集内容は画面に残っています。必要な内容をコピーしてから「変更を元に戻す」で保存済みの内容を読み込んでください。</translation>
        </message>
        <message>
            <source>Not a date: write it as %1, or pick it from the calendar (Alt+Down).</source>
            <translation>日付として読み取れません。%1 の形式で入力するか、カレンダーから選択してください（Alt+↓）。</translation>
        </message>
        <message>
            <source>Another project already uses this code. Choose another.</source>
            <translation>このコードは別のプロジェクトで使用されています。別のコードを指定してください。</translation>
        </message>
    </context>
    <context>
        <name>LinksTab</name>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>表示名</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Add link</source>
            <translation>リンクを追加</translation>
        </message>
        <message>
            <source>No links yet. Keep the project's tools one click away — source control, issue tracker, documentation: press “Add link” and paste the address.</source>
            <translation>リンクはまだありません。ソース管理、課題管理、ドキュメントなど、プロジェクトで使うツールをすぐ開けるように、「リンクを追加」を押してアドレスを貼り付けてください。</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>ブラウザーで開く</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>PM Cockpit</source>
            <translation>PM Cockpit</translation>
        </message>
        <message>
            <source>Opening the project store…</source>
            <translation>プロジェクトデータベースを開いています…</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>デモ</translation>
        </message>
        <message>
            <source>The demo portfolio: sample projects in a store of their own. Nothing here is sent or synced with Outlook.</source>
            <translation>デモ ポートフォリオ: 専用ストアに入ったサンプル プロジェクトです。ここから Outlook へ送信・同期されるものはありません。</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>P&amp;roject</source>
            <translation>プロジェクト(&amp;R)</translation>
        </message>
        <message>
            <source>Mee&amp;tings</source>
            <translation>会議(&amp;T)</translation>
        </message>
        <message>
            <source>M&amp;essages</source>
            <translation>メッセージ(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Outlook</source>
            <translation>Outlook(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>設定(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <source>Import a calendar file</source>
            <translation>カレンダーファイルの取り込み</translation>
        </message>
        <message>
            <source>Open a saved project first: the meetings are imported into it.</source>
            <translation>先に保存済みのプロジェクトを開いてください。会議はそのプロジェクトに取り込まれます。</translation>
        </message>
        <message>
            <source>About PM Cockpit</source>
            <translation>PM Cockpit について</translation>
        </message>
        <message>
            <source>PM Cockpit %1
Every client project described the same way, offline.</source>
            <translation>PM Cockpit %1
すべての顧客プロジェクトを同じ形式で、オフラインでも管理できます。</translation>
        </message>
        <message>
            <source>DEMO — PM Cockpit</source>
            <translation>デモ — PM Cockpit</translation>
        </message>
        <message>
            <source>The demo portfolio never syncs</source>
            <translation>デモ ポートフォリオは同期しません</translation>
        </message>
        <message>
            <source>This window shows the demo portfolio, kept in a store of its own. It never sends mail, syncs or writes to Outlook, so its sample customers cannot receive anything.

Open your own store (File → Open store…) to work with Outlook.</source>
            <translation>このウィンドウには、専用ストアに保存されたデモ ポートフォリオが表示されています。メールの送信、同期、Outlook への書き込みは一切行わないため、サンプルの顧客に何かが届くことはありません。

Outlook と連携するには、ご自身のストアを開いてください（［ファイル］→［ストアを開く…］）。</translation>
        </message>
    </context>
    <context>
        <name>MarksModel</name>
        <message>
            <source>Made</source>
            <translation>記録日時</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>ルール</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Reason or note</source>
            <translation>理由・メモ</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>取り消し</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>スヌーズ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>ran out</source>
            <translation>期限切れ</translation>
        </message>
    </context>
    <context>
        <name>MeetingFlags</name>
        <message>
            <source>d MMM</source>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>%1: a public holiday in %2</source>
            <translation>%1（%2 の祝日）</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%2 では%1</translation>
        </message>
        <message>
            <source>%1 for %3 in %2 — outside working hours</source>
            <translation>%3 さん（%2）にとって %1 は勤務時間外です</translation>
        </message>
        <message>
            <source>%1 in %2 — outside working hours</source>
            <translation>%2 では %1 は勤務時間外です</translation>
        </message>
        <message>
            <source>%1 (%2 meetings from %3)</source>
            <translation>%1（%3 から %2 回）</translation>
        </message>
        <message>
            <source>Follow-up sent %1</source>
            <translation>フォローアップ送信済み（%1）</translation>
        </message>
        <message>
            <source>Follow-up drafted</source>
            <translation>フォローアップ下書きあり</translation>
        </message>
        <message>
            <source>Follow-up queued</source>
            <translation>フォローアップ送信待ち</translation>
        </message>
        <message>
            <source>Follow-up failed</source>
            <translation>フォローアップ送信失敗</translation>
        </message>
    </context>
    <context>
        <name>MeetingsController</name>
        <message>
            <source>Governance meetings</source>
            <translation>ガバナンス会議</translation>
        </message>
        <message>
            <source>This project already has its weekly, biweekly and executive meetings.</source>
            <translation>このプロジェクトには、週次・隔週・経営層の会議がすでにあります。</translation>
        </message>
        <message>
            <source>Governance meetings created. Preview and send the invites.</source>
            <translation>ガバナンス会議を作成しました。招待をプレビューして送ってください。</translation>
        </message>
        <message>
            <source>Meeting series saved.</source>
            <translation>定例会議を保存しました。</translation>
        </message>
        <message>
            <source>Meeting series saved. Send an updated invite so attendees see the change.</source>
            <translation>定例会議を保存しました。変更が出席者に伝わるよう、更新した招待を送ってください。</translation>
        </message>
        <message>
            <source>title</source>
            <translation>件名</translation>
        </message>
        <message>
            <source>time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>recurrence</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <source>length</source>
            <translation>所要時間</translation>
        </message>
        <message>
            <source>place or link</source>
            <translation>場所またはリンク</translation>
        </message>
        <message>
            <source>attendees</source>
            <translation>出席者</translation>
        </message>
        <message>
            <source>organiser</source>
            <translation>主催者</translation>
        </message>
        <message>
            <source>agenda</source>
            <translation>アジェンダ</translation>
        </message>
        <message>
            <source>moved or cancelled dates</source>
            <translation>変更または中止された日程</translation>
        </message>
        <message>
            <source>Save the invite</source>
            <translation>招待を保存</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>カレンダーファイル (*.ics)</translation>
        </message>
        <message>
            <source>Saved %1: send it from your mail client or open it in your calendar.</source>
            <translation>%1 を保存しました。メールソフトから送るか、カレンダーで開いてください。</translation>
        </message>
        <message>
            <source>Opened the invite in your calendar app.</source>
            <translation>招待をカレンダーアプリで開きました。</translation>
        </message>
        <message>
            <source>Cancel the series</source>
            <translation>定例会議を中止</translation>
        </message>
        <message>
            <source>Cancel every meeting of “%1”? Outlook cancels it and tells the attendees at the next sync.</source>
            <translation>「%1」のすべての会議を中止しますか? 次回の同期で Outlook が中止し、出席者に通知します。</translation>
        </message>
        <message>
            <source>Series cancelled: Outlook tells the attendees at the next sync.</source>
            <translation>シリーズを中止しました。次回の同期で Outlook が出席者に通知します。</translation>
        </message>
        <message>
            <source>Cancel every meeting of “%1”? Attendees receive a cancellation when you send the file.</source>
            <translation>「%1」のすべての会議を中止しますか？ファイルを送ると出席者に中止の通知が届きます。</translation>
        </message>
        <message>
            <source>Delete the series</source>
            <translation>定例会議を削除</translation>
        </message>
        <message>
            <source>Delete “%1” with its dates and minutes? Outlook cancels the meeting at the next sync and tells the attendees.</source>
            <translation>「%1」を日程と議事録ごと削除しますか? 次回の同期で Outlook が会議を中止し、出席者に通知します。</translation>
        </message>
        <message>
            <source>Delete “%1” with its dates and minutes? Attendees are not told: cancel it instead if invites were sent.</source>
            <translation>「%1」を日程と議事録ごと削除しますか？出席者には通知されません。招待を送った場合は中止にしてください。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Meeting series deleted.</source>
            <translation>定例会議を削除しました。</translation>
        </message>
        <message>
            <source>Import a calendar file</source>
            <translation>カレンダーファイルの取り込み</translation>
        </message>
        <message>
            <source>Open a saved project first: the meetings are imported into it.</source>
            <translation>先に保存済みのプロジェクトを開いてください。会議はそのプロジェクトに取り込まれます。</translation>
        </message>
        <message>
            <source>Calendar imported</source>
            <translation>カレンダーを取り込みました</translation>
        </message>
        <message>
            <source>Meetings added: %1 · updated: %2 · cancelled: %3 · answers: %4 · left out: %5</source>
            <translation>追加した会議: %1 · 更新: %2 · 中止: %3 · 回答: %4 · 対象外: %5</translation>
        </message>
        <message>
            <source>Calendar imported.</source>
            <translation>カレンダーを取り込みました。</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTab</name>
        <message>
            <source>Set up governance meetings…</source>
            <translation>ガバナンス会議を設定…</translation>
        </message>
        <message>
            <source>New series…</source>
            <translation>新しい定例会議…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Preview invite…</source>
            <translation>招待をプレビュー…</translation>
        </message>
        <message>
            <source>Save invite (.ics)…</source>
            <translation>招待を保存 (.ics)…</translation>
        </message>
        <message>
            <source>Open in calendar</source>
            <translation>カレンダーで開く</translation>
        </message>
        <message>
            <source>Invite by e-mail…</source>
            <translation>メールで招待…</translation>
        </message>
        <message>
            <source>Cancel series…</source>
            <translation>定例会議を中止…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Import .ics…</source>
            <translation>.ics を取り込み…</translation>
        </message>
        <message>
            <source>Decisions and action items…</source>
            <translation>決定事項とアクションアイテム…</translation>
        </message>
        <message>
            <source>No meetings yet. “Set up governance meetings” proposes the weekly status, the biweekly status and the executive review with the people of the communication map.</source>
            <translation>まだ会議がありません。「ガバナンス会議を設定」で、コミュニケーションマップの関係者をもとに週次定例・隔週定例・経営層レビューを提案します。</translation>
        </message>
        <message>
            <source>Drop an .ics file on the window to import it into this project.</source>
            <translation>.ics ファイルをウィンドウにドロップすると、このプロジェクトに取り込みます。</translation>
        </message>
        <message>
            <source>Write the invitation as an e-mail with the calendar file inside, to send from PM Cockpit's outbox or any mail client</source>
            <translation>カレンダーファイルを含む招待メールを作成し、PM Cockpit の送信トレイや任意のメールソフトから送信できるようにします</translation>
        </message>
        <message>
            <source>Save the new project first, then plan its meetings.</source>
            <translation>先に新しいプロジェクトを保存してから、会議を計画してください。</translation>
        </message>
    </context>
    <context>
        <name>MessageKind</name>
        <message>
            <source>Biweekly report</source>
            <translation>隔週レポート</translation>
        </message>
        <message>
            <source>Biweekly rep.</source>
            <translation>隔週報告</translation>
        </message>
        <message>
            <source>Biweekly Friday report…</source>
            <translation>隔週金曜日の報告…</translation>
        </message>
        <message>
            <source>Change request estimate</source>
            <translation>変更要求の見積</translation>
        </message>
        <message>
            <source>Decision confirmation</source>
            <translation>決定事項の確認</translation>
        </message>
        <message>
            <source>Call follow-up</source>
            <translation>通話後のフォローアップ</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>フォロー</translation>
        </message>
        <message>
            <source>Follow-up for the last meeting</source>
            <translation>直近の会議のフォローアップ</translation>
        </message>
        <message>
            <source>Meeting invitation</source>
            <translation>会議の招待</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>Blank message</source>
            <translation>空のメッセージ</translation>
        </message>
        <message>
            <source>Problem notice</source>
            <translation>問題発生の通知</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>問題通知</translation>
        </message>
        <message>
            <source>Problem notice about the selected task…</source>
            <translation>選択したタスクの問題報告…</translation>
        </message>
        <message>
            <source>Sprint report</source>
            <translation>スプリントレポート</translation>
        </message>
        <message>
            <source>Sprint rep.</source>
            <translation>スプリント</translation>
        </message>
        <message>
            <source>Sprint report…</source>
            <translation>スプリント報告…</translation>
        </message>
        <message>
            <source>Open-task update</source>
            <translation>未完了タスクの報告</translation>
        </message>
        <message>
            <source>Task update</source>
            <translation>タスク報告</translation>
        </message>
        <message>
            <source>Write open-task update…</source>
            <translation>未完了タスクの報告を作成…</translation>
        </message>
        <message>
            <source>Every client gets the status of the open tasks every 2 working days: task, status, ETA</source>
            <translation>すべての顧客に 2 営業日ごとに未完了タスクの状況(タスク、状態、完了予定)を報告します</translation>
        </message>
        <message>
            <source>Reply to a customer's mail</source>
            <translation>お客様メールへの返信</translation>
        </message>
        <message>
            <source>Escalation notice</source>
            <translation>エスカレーションのご報告</translation>
        </message>
        <message>
            <source>Remedial plan update</source>
            <translation>改善計画のご報告</translation>
        </message>
        <message>
            <source>Team notice of a change</source>
            <translation>変更内容のチーム共有</translation>
        </message>
        <message>
            <source>Team notices</source>
            <translation>チーム共有</translation>
        </message>
        <message>
            <source>Satisfaction survey</source>
            <translation>満足度アンケート</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>アンケート</translation>
        </message>
    </context>
    <context>
        <name>MessageListModel</name>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <source>To</source>
            <translation>宛先</translation>
        </message>
        <message>
            <source>Updated / sent</source>
            <translation>更新/送信日時</translation>
        </message>
        <message>
            <source>Edited here and in Outlook: the other version is kept as a separate draft.</source>
            <translation>ここと Outlook の両方で編集されました。もう一方の版は別の下書きとして残っています。</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>(件名なし)</translation>
        </message>
    </context>
    <context>
        <name>MessageTemplateEditor</name>
        <message>
            <source>Message templates</source>
            <translation>メッセージテンプレート</translation>
        </message>
        <message>
            <source>Templates by kind of message:</source>
            <translation>メッセージの種類別テンプレート:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>種類(&amp;K):</translation>
        </message>
        <message>
            <source>Preview (sample project), as the customer sees it:</source>
            <translation>プレビュー(サンプルプロジェクト、顧客から見た表示):</translation>
        </message>
        <message>
            <source>Insert field adds the project's values; subject and body are Jinja2 text for those who want it, and the body is Markdown (- bullets, **bold**, | tables |). Names for this kind: %1.</source>
            <translation>「項目を挿入」でプロジェクトの値を入れられます。件名と本文は Jinja2 で直接書くこともでき、本文は Markdown です（- 箇条書き、**太字**、| 表 |）。この種類で使える名前: %1。</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>件名(&amp;S):</translation>
        </message>
        <message>
            <source>A default template keeps its kind.</source>
            <translation>既定のテンプレートの種類は変更できません。</translation>
        </message>
        <message>
            <source>A default template can be edited, not deleted.</source>
            <translation>既定のテンプレートは編集できますが、削除はできません。</translation>
        </message>
        <message>
            <source>Shipped default for this kind of message. It can be edited, not deleted.</source>
            <translation>この種類のメッセージの標準テンプレートです。編集できますが、削除はできません。</translation>
        </message>
        <message>
            <source>New message template</source>
            <translation>新しいメッセージテンプレート</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (コピー)</translation>
        </message>
        <message>
            <source>The message body is empty.</source>
            <translation>本文が空です。</translation>
        </message>
        <message>
            <source>Delete the message template “%1”?</source>
            <translation>メッセージテンプレート「%1」を削除しますか?</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>「%1」を削除しました。</translation>
        </message>
    </context>
    <context>
        <name>MessagesController</name>
        <message>
            <source>Template</source>
            <translation>テンプレート</translation>
        </message>
        <message>
            <source>Write it from which template?</source>
            <translation>どのテンプレートから作成しますか?</translation>
        </message>
        <message>
            <source>Blank message</source>
            <translation>空のメッセージ</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>フォローアップ</translation>
        </message>
        <message>
            <source>This meeting's follow-up was sent on %1: “%2”. Write another one?</source>
            <translation>この会議のフォローアップは %1 に送信済みです：「%2」。もう一通作成しますか？</translation>
        </message>
        <message>
            <source>Write another</source>
            <translation>もう一通作成</translation>
        </message>
        <message>
            <source>This meeting's follow-up is drafted: “%1”.</source>
            <translation>この会議のフォローアップは下書きがあります：「%1」。</translation>
        </message>
        <message>
            <source>This meeting's follow-up is queued to send: “%1”.</source>
            <translation>この会議のフォローアップは送信待ちです：「%1」。</translation>
        </message>
        <message>
            <source>This meeting's follow-up could not be sent: “%1”.</source>
            <translation>この会議のフォローアップは送信できませんでした：「%1」。</translation>
        </message>
        <message>
            <source>Open the existing follow-up</source>
            <translation>既存のフォローアップを開く</translation>
        </message>
        <message>
            <source>Write another one</source>
            <translation>もう一通作成する</translation>
        </message>
        <message>
            <source>Sprint report</source>
            <translation>スプリント報告</translation>
        </message>
        <message>
            <source>Which sprint is the report about?</source>
            <translation>どのスプリントの報告ですか?</translation>
        </message>
        <message>
            <source>Recorded in the decision log: %1</source>
            <translation>決定事項ログに記録しました：%1</translation>
        </message>
        <message>
            <source>Export as .eml</source>
            <translation>.eml として書き出す</translation>
        </message>
        <message>
            <source>E-mail message (*.eml)</source>
            <translation>メールメッセージ (*.eml)</translation>
        </message>
        <message>
            <source>Saved %1: open it in any mail client to send it.</source>
            <translation>%1 を保存しました。任意のメールソフトで開いて送信できます。</translation>
        </message>
        <message>
            <source>Delete message</source>
            <translation>メッセージを削除</translation>
        </message>
        <message>
            <source>Delete this message? This cannot be undone.</source>
            <translation>このメッセージを削除しますか? 元に戻せません。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
    </context>
    <context>
        <name>MessagesPanel</name>
        <message>
            <source>Search subject, recipients, project…</source>
            <translation>件名・宛先・プロジェクトを検索…</translation>
        </message>
        <message>
            <source>New message</source>
            <translation>新しいメッセージ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Export .eml…</source>
            <translation>.eml を書き出す…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Record as decision</source>
            <translation>決定事項として記録</translation>
        </message>
        <message>
            <source>Add what this message agrees to the project's decision log: once sent, the message is its written confirmation</source>
            <translation>このメッセージで合意した内容を決定事項ログに追加します。送信すると、このメッセージが書面での確認になります</translation>
        </message>
        <message>
            <source>Drafts (%1)</source>
            <translation>下書き (%1)</translation>
        </message>
        <message>
            <source>Outbox (%1)</source>
            <translation>送信トレイ (%1)</translation>
        </message>
        <message>
            <source>Sent (%1)</source>
            <translation>送信済み (%1)</translation>
        </message>
        <message>
            <source>All (%1)</source>
            <translation>すべて (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) failed to send</source>
            <translation>
                <numerusform>%n 件のメッセージの送信に失敗しました</numerusform>
            </translation>
        </message>
        <message>
            <source>No message matches the search.</source>
            <translation>検索に一致するメッセージはありません。</translation>
        </message>
        <message>
            <source>No drafts. Write a follow-up after a call, or an update on open tasks, with New message.</source>
            <translation>下書きはありません。「新しいメッセージ」から、会議後のフォローアップや未完了タスクの報告を作成できます。</translation>
        </message>
        <message>
            <source>The outbox is empty: nothing is waiting to be sent.</source>
            <translation>送信トレイは空です。送信待ちのものはありません。</translation>
        </message>
        <message>
            <source>Nothing sent yet.</source>
            <translation>まだ何も送信していません。</translation>
        </message>
        <message>
            <source>No messages yet.</source>
            <translation>メッセージはまだありません。</translation>
        </message>
    </context>
    <context>
        <name>MessagesWindow</name>
        <message>
            <source>Messages — PM Cockpit</source>
            <translation>メッセージ — PM Cockpit</translation>
        </message>
    </context>
    <context>
        <name>MinutesDialog</name>
        <message>
            <source>Minutes — %1</source>
            <translation>議事録 — %1</translation>
        </message>
        <message>
            <source>%1–%2 (%3)</source>
            <translation>%1–%2（%3）</translation>
        </message>
        <message>
            <source>for you %1 (%2)</source>
            <translation>あなたの時刻 %1（%2）</translation>
        </message>
        <message>
            <source>Internal items never reach the customer: they are left out of invites, agendas and everything else the customer receives.</source>
            <translation>社内限りの項目は顧客に届きません。招待、アジェンダなど顧客が受け取るものにはすべて含まれません。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期日</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>完了日</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>社内限り</translation>
        </message>
        <message>
            <source>Add &amp;point</source>
            <translation>議題を追加(&amp;P)</translation>
        </message>
        <message>
            <source>Add &amp;decision</source>
            <translation>決定事項を追加(&amp;D)</translation>
        </message>
        <message>
            <source>Add &amp;action item</source>
            <translation>アクションアイテムを追加(&amp;A)</translation>
        </message>
        <message>
            <source>Tinted rows are internal items: they never reach the customer (invites, agendas, anything sent to them).</source>
            <translation>色付きの行は社内限りの項目です。顧客には届きません（招待、アジェンダなど顧客に送るものすべて）。</translation>
        </message>
        <message>
            <source>Open action items carried over from earlier meetings:</source>
            <translation>以前の会議から持ち越した未完了のアクションアイテム:</translation>
        </message>
        <message>
            <source>Save and write &amp;follow-up…</source>
            <translation>保存してフォローアップを作成(&amp;F)…</translation>
        </message>
        <message>
            <source>Write the follow-up e-mail from these minutes: points as bullets, decisions, action items with owners and dates. Internal items are left out.</source>
            <translation>この議事録からフォローアップメールを作成します: 議題の箇条書き、決定事項、担当者と期日付きのアクション項目。社内向けの項目は含まれません。</translation>
        </message>
        <message>
            <source>Internal: never reaches the customer.</source>
            <translation>社内限り: 顧客には届きません。</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>期日 %1</translation>
        </message>
        <message>
            <source>None: every earlier action item is done.</source>
            <translation>ありません。以前のアクションアイテムはすべて完了しています。</translation>
        </message>
        <message>
            <source>Open action items carried over from earlier meetings: %1</source>
            <translation>以前の会議から持ち越した未完了のアクションアイテム: %1 件</translation>
        </message>
        <message>
            <source>Every item needs its text before the minutes can be saved.</source>
            <translation>議事録を保存するには、すべての項目に内容を入力してください。</translation>
        </message>
        <message>
            <source>Minutes saved.</source>
            <translation>議事録を保存しました。</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>議事録</translation>
        </message>
        <message>
            <source>Discard the changes to these minutes?</source>
            <translation>この議事録の変更を破棄しますか？</translation>
        </message>
    </context>
    <context>
        <name>NoticesWindow</name>
        <message>
            <source>Outlook notices</source>
            <translation>Outlook からのお知らせ</translation>
        </message>
        <message>
            <source>What the latest syncs with Outlook found, newest first.</source>
            <translation>最近の Outlook 同期で見つかったこと（新しい順）。</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>消去(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>OnboardingTab</name>
        <message>
            <source>Step</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期日</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>完了日</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>ステップを追加</translation>
        </message>
        <message>
            <source>No onboarding steps. Press “Add step” for each thing to settle with the customer at the start; new projects get the company checklist from Settings → Onboarding template…</source>
            <translation>オンボーディングのステップはありません。立ち上げ時に顧客と決めておくことごとに「ステップを追加」を押してください。新規プロジェクトには「設定 → オンボーディングテンプレート…」の社内チェックリストが適用されます。</translation>
        </message>
        <message>
            <source>Mark done today</source>
            <translation>本日完了にする</translation>
        </message>
        <message>
            <source>%v of %m steps done</source>
            <translation>%v / %m ステップ完了</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>（未割り当て）</translation>
        </message>
        <message>
            <source>No onboarding steps.</source>
            <translation>オンボーディングのステップがありません。</translation>
        </message>
        <message>
            <source>Onboarding complete.</source>
            <translation>オンボーディング完了。</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) overdue</source>
            <translation>
                <numerusform>期限超過のステップ %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OnboardingTemplateDialog</name>
        <message>
            <source>Onboarding template</source>
            <translation>オンボーディングテンプレート</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <source>Usual owner</source>
            <translation>通常の担当者</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>ステップを追加</translation>
        </message>
        <message>
            <source>New projects start with these steps. Existing projects keep their own checklist.</source>
            <translation>新規プロジェクトはこれらのステップから始まります。既存のプロジェクトのチェックリストは変更されません。</translation>
        </message>
        <message>
            <source>Discard your changes to the onboarding template?</source>
            <translation>オンボーディングテンプレートの変更を破棄しますか？</translation>
        </message>
    </context>
    <context>
        <name>OutlookSettingsDialog</name>
        <message>
            <source>Outlook settings</source>
            <translation>Outlook の設定</translation>
        </message>
        <message>
            <source>PM Cockpit signs in to Outlook through your company's app registration in Microsoft Entra ID. Your administrator can give you its application (client) id and directory (tenant) id; the README explains how to register one.</source>
            <translation>PM Cockpit は Microsoft Entra ID に登録された会社のアプリを通じて Outlook にサインインします。アプリケーション (クライアント) ID とディレクトリ (テナント) ID は管理者に確認してください。登録の手順は README にあります。</translation>
        </message>
        <message>
            <source>Tenant: the directory id, your domain (contoso.onmicrosoft.com), “organizations” (any work or school account; the default) or “common”.</source>
            <translation>テナント: ディレクトリ ID、ドメイン (contoso.onmicrosoft.com)、「organizations」（職場または学校のアカウントすべて。既定）または「common」。</translation>
        </message>
        <message>
            <source>&amp;Application (client) id:</source>
            <translation>アプリケーション (クライアント) ID(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Directory (tenant):</source>
            <translation>ディレクトリ (テナント)(&amp;D):</translation>
        </message>
        <message>
            <source>The application (client) id is a GUID like %1: copy it from the app registration's Overview page.</source>
            <translation>アプリケーション (クライアント) ID は %1 のような GUID です。アプリ登録の「概要」ページからコピーしてください。</translation>
        </message>
        <message>
            <source>Enter the directory (tenant) id, a domain such as contoso.onmicrosoft.com, “organizations” or “common”.</source>
            <translation>ディレクトリ (テナント) ID、contoso.onmicrosoft.com のようなドメイン、「organizations」または「common」を入力してください。</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>e.g. JP-101</source>
            <translation>例: JP-101</translation>
        </message>
        <message>
            <source>Project name</source>
            <translation>プロジェクト名</translation>
        </message>
        <message>
            <source>Customer organisation</source>
            <translation>顧客の組織名</translation>
        </message>
        <message>
            <source>Department that runs the project</source>
            <translation>プロジェクトを担当する部門</translation>
        </message>
        <message>
            <source>Short description</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>JP, DE, US…</source>
            <translation>JP、DE、US…</translation>
        </message>
        <message>
            <source>One week</source>
            <translation>1 週間</translation>
        </message>
        <message>
            <source>Two weeks</source>
            <translation>2 週間</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>日本語</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>Free-form notes about this project</source>
            <translation>このプロジェクトに関するメモ（自由記述）</translation>
        </message>
        <message>
            <source>Working days of the customer's calendar before a red flag not resolved at this level moves up the escalation path (1–30)</source>
            <translation>この段階で解決しないレッドフラグが上位へエスカレーションされるまでの、お客様のカレンダーでの営業日数（1〜30）</translation>
        </message>
        <message>
            <source>The language the customer is written to in: new messages and agendas start from the default templates in this language</source>
            <translation>顧客とのやり取りに使う言語です。新しいメッセージとアジェンダは、この言語の既定テンプレートから作成されます</translation>
        </message>
        <message>
            <source>This project is archived.</source>
            <translation>このプロジェクトはアーカイブされています。</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>コード(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N):</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>顧客(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Department:</source>
            <translation>部門(&amp;D):</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>説明:</translation>
        </message>
        <message>
            <source>He&amp;alth:</source>
            <translation>健全性(&amp;A):</translation>
        </message>
        <message>
            <source>Customer time &amp;zone:</source>
            <translation>顧客のタイムゾーン(&amp;Z):</translation>
        </message>
        <message>
            <source>Sprint l&amp;ength:</source>
            <translation>スプリント期間(&amp;E):</translation>
        </message>
        <message>
            <source>Custome&amp;r language:</source>
            <translation>顧客の言語(&amp;R):</translation>
        </message>
        <message>
            <source>Status and calendar</source>
            <translation>ステータスとスケジュール</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>ステータス(&amp;S):</translation>
        </message>
        <message>
            <source>Start date:</source>
            <translation>開始日:</translation>
        </message>
        <message>
            <source>End date:</source>
            <translation>終了日:</translation>
        </message>
        <message>
            <source>&amp;Working days of:</source>
            <translation>営業日の基準国(&amp;W):</translation>
        </message>
        <message>
            <source>project manager</source>
            <translation>プロジェクトマネージャー</translation>
        </message>
        <message>
            <source>→ director</source>
            <translation>→ 部門責任者</translation>
        </message>
        <message>
            <source>working days → C-level</source>
            <translation>営業日 → 経営層</translation>
        </message>
        <message>
            <source>Escalation &amp;path:</source>
            <translation>エスカレーション(&amp;P):</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>No warnings from the project's data.</source>
            <translation>プロジェクトのデータに警告はありません。</translation>
        </message>
        <message>
            <source>Checked: overdue invoices, tasks past their ETA, messages that failed to send, overdue onboarding steps</source>
            <translation>確認項目：支払期限を過ぎた請求書、完了予定を過ぎたタスク、送信に失敗したメッセージ、期限を過ぎたオンボーディングのステップ</translation>
        </message>
        <message>
            <source>PM says %1</source>
            <translation>PM の評価：%1</translation>
        </message>
        <message>
            <source>Now %1 there (UTC%2)</source>
            <translation>現地時刻 %1（UTC%2）</translation>
        </message>
    </context>
    <context>
        <name>PassportEditor</name>
        <message>
            <source>&amp;Overview</source>
            <translation>概要(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Links</source>
            <translation>リンク(&amp;L)</translation>
        </message>
        <message>
            <source>Contract &amp;&amp; &amp;invoices</source>
            <translation>契約と請求書(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Quality</source>
            <translation>品質(&amp;Q)</translation>
        </message>
        <message>
            <source>Onboardin&amp;g</source>
            <translation>オンボーディング(&amp;G)</translation>
        </message>
        <message>
            <source>Red flags, problems, change requests, decisions and Q&amp;A; saved as you go</source>
            <translation>レッドフラグ、問題、変更依頼、決定事項、Q&amp;A。操作はその場で保存されます</translation>
        </message>
        <message>
            <source>Select a project on the left, or create one with Ctrl+N.</source>
            <translation>左の一覧からプロジェクトを選択するか、Ctrl+N で新規作成してください。</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>関係者(&amp;P)</translation>
        </message>
        <message>
            <source>People and the communication map: who attends which meetings and receives which reports</source>
            <translation>関係者とコミュニケーションマップ: 誰がどの会議に出席し、どの報告を受け取るか</translation>
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation>会議(&amp;M)</translation>
        </message>
        <message>
            <source>Spri&amp;nts</source>
            <translation>スプリント(&amp;N)</translation>
        </message>
        <message>
            <source>Sprints and milestones</source>
            <translation>スプリントとマイルストーン</translation>
        </message>
        <message>
            <source>Tas&amp;ks</source>
            <translation>タスク(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Registers</source>
            <translation>台帳(&amp;R)</translation>
        </message>
        <message>
            <source>Satis&amp;faction</source>
            <translation>満足度(&amp;F)</translation>
        </message>
        <message>
            <source>CSAT and NPS answers, their trend and the complaints by category</source>
            <translation>CSAT・NPS の回答、その推移、分類別の苦情</translation>
        </message>
        <message>
            <source>Mess&amp;ages</source>
            <translation>メッセージ(&amp;A)</translation>
        </message>
        <message>
            <source>Care r&amp;ules</source>
            <translation>ケアルール(&amp;U)</translation>
        </message>
        <message>
            <source>What Today reminds you of for this project, and when</source>
            <translation>このプロジェクトについて「今日」が知らせる内容とタイミング</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>新規プロジェクト</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>アーカイブ済み</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メール</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>タイムゾーン</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>エスカレーション</translation>
        </message>
        <message>
            <source>Escalation path: who a complaint reaches, level by level</source>
            <translation>エスカレーション経路: クレームが段階ごとに誰に届くか</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>組織</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Invited to: %1</source>
            <translation>招待される会議: %1</translation>
        </message>
        <message>
            <source>Receives: %1</source>
            <translation>受け取る報告: %1</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>関係者を追加</translation>
        </message>
        <message>
            <source>Communication map: who receives which meeting and report</source>
            <translation>コミュニケーションマップ: 誰がどの会議とレポートを受け取るか</translation>
        </message>
    </context>
    <context>
        <name>PlannerModel</name>
        <message>
            <source>Day</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Your time</source>
            <translation>あなたの時刻</translation>
        </message>
        <message>
            <source>Their time</source>
            <translation>相手の時刻</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会議</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>議事録</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>フォローアップ</translation>
        </message>
        <message>
            <source>Moved from %1</source>
            <translation>%1 から変更</translation>
        </message>
        <message>
            <source>%1 more follow-up(s) of this meeting</source>
            <translation>この会議のフォローアップはほかに %1 件あります</translation>
        </message>
        <message>
            <source>held</source>
            <translation>開催済み</translation>
        </message>
        <message>
            <source>not held</source>
            <translation>未開催</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>あり</translation>
        </message>
    </context>
    <context>
        <name>PlannerWindow</name>
        <message>
            <source>Meeting planner — PM Cockpit</source>
            <translation>会議プランナー — PM Cockpit</translation>
        </message>
        <message>
            <source>Show cancelled</source>
            <translation>中止も表示</translation>
        </message>
        <message>
            <source>◀ Previous week</source>
            <translation>◀ 前の週</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>今週</translation>
        </message>
        <message>
            <source>Next week ▶</source>
            <translation>次の週 ▶</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>日時を変更…</translation>
        </message>
        <message>
            <source>Cancel this date</source>
            <translation>この回を中止</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Agenda…</source>
            <translation>アジェンダ…</translation>
        </message>
        <message>
            <source>Minutes…</source>
            <translation>議事録…</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>開催済み</translation>
        </message>
        <message>
            <source>Not held</source>
            <translation>未開催</translation>
        </message>
        <message>
            <source>Save update for attendees (.ics)…</source>
            <translation>出席者向けの更新を保存 (.ics)…</translation>
        </message>
        <message>
            <source>The meeting took place: its follow-up is owed the same working day (Today)</source>
            <translation>会議は開催されました。同じ営業日にフォローアップが必要です（「今日」に表示）</translation>
        </message>
        <message>
            <source>It did not take place: no follow-up is owed, even with minutes</source>
            <translation>開催されませんでした。議事録があってもフォローアップは不要です</translation>
        </message>
        <message>
            <source>No meetings this week. Set up a project's governance meetings in its Meetings tab.</source>
            <translation>今週の会議はありません。プロジェクトの「会議」タブでガバナンス会議を設定してください。</translation>
        </message>
        <message>
            <source>Save the update</source>
            <translation>更新を保存</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>カレンダーファイル (*.ics)</translation>
        </message>
    </context>
    <context>
        <name>ProblemDialog</name>
        <message>
            <source>New problem</source>
            <translation>新しい問題</translation>
        </message>
        <message>
            <source>What happened, in a line</source>
            <translation>発生した事象を一行で</translation>
        </message>
        <message>
            <source>The customer was told on</source>
            <translation>お客様への報告日時</translation>
        </message>
        <message>
            <source>&amp;What happened:</source>
            <translation>発生した事象(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Found at:</source>
            <translation>発見日時(&amp;F):</translation>
        </message>
        <message>
            <source>Details:</source>
            <translation>詳細:</translation>
        </message>
        <message>
            <source>What we know so far</source>
            <translation>現時点で分かっていること</translation>
        </message>
        <message>
            <source>Impact on the &amp;business:</source>
            <translation>業務への影響(&amp;B):</translation>
        </message>
        <message>
            <source>What the customer's business cannot do, or loses</source>
            <translation>お客様の業務でできなくなること、失われるもの</translation>
        </message>
        <message>
            <source>Impact on the &amp;users:</source>
            <translation>利用者への影響(&amp;U):</translation>
        </message>
        <message>
            <source>What the users see</source>
            <translation>利用者から見える影響</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>発生した事象</translation>
        </message>
        <message>
            <source>&amp;Schedule impact:</source>
            <translation>スケジュールへの影響(&amp;S):</translation>
        </message>
        <message>
            <source>What moves, and by how much</source>
            <translation>何がどれだけずれるか</translation>
        </message>
        <message>
            <source>&amp;New date:</source>
            <translation>新しい日程(&amp;N):</translation>
        </message>
        <message>
            <source>Solution &amp;options:</source>
            <translation>対応案(&amp;O):</translation>
        </message>
        <message>
            <source>One option per line, each with its cost and effect</source>
            <translation>1行に1案、それぞれの費用と効果を添えて</translation>
        </message>
        <message>
            <source>&amp;Workaround:</source>
            <translation>暫定対応(&amp;W):</translation>
        </message>
        <message>
            <source>What the customer can do until the fix is delivered</source>
            <translation>修正版が届くまでにお客様ができること</translation>
        </message>
        <message>
            <source>&amp;Resources on it:</source>
            <translation>対応体制(&amp;R):</translation>
        </message>
        <message>
            <source>Who works on it, and how much of their time</source>
            <translation>誰がどれだけの時間をかけて対応するか</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>対応</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>手順</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期日</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>手順を追加</translation>
        </message>
        <message>
            <source>No steps yet. A remedial plan is concrete steps, each with an owner and a date: press “Add step”.</source>
            <translation>手順はまだありません。改善計画は担当者と期日のある具体的な手順です。「手順を追加」を押してください。</translation>
        </message>
        <message>
            <source>Remedial plan</source>
            <translation>改善計画</translation>
        </message>
        <message>
            <source>How the fix was &amp;tested:</source>
            <translation>修正の検証方法(&amp;T):</translation>
        </message>
        <message>
            <source>Before it ships: what was tested, on what data</source>
            <translation>リリース前に、何をどのデータで検証したか</translation>
        </message>
        <message>
            <source>&amp;Compensation:</source>
            <translation>補償(&amp;C):</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>理由:</translation>
        </message>
        <message>
            <source>Why this compensation, or none</source>
            <translation>この補償にした理由（補償なしの場合も）</translation>
        </message>
        <message>
            <source>Retrospective &amp;held on:</source>
            <translation>振り返り実施日(&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Lessons learned:</source>
            <translation>教訓(&amp;L):</translation>
        </message>
        <message>
            <source>What we change so that it does not happen again</source>
            <translation>再発しないように何を変えるか</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>事後</translation>
        </message>
    </context>
    <context>
        <name>ProblemModel</name>
        <message>
            <source>Key</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>発見</translation>
        </message>
        <message>
            <source>Customer told</source>
            <translation>お客様への報告</translation>
        </message>
        <message>
            <source>Remedial plan</source>
            <translation>改善計画</translation>
        </message>
        <message>
            <source>Fix by</source>
            <translation>修正予定</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>未報告</translation>
        </message>
        <message>
            <source>%1 of %2 done</source>
            <translation>%2 件中 %1 件完了</translation>
        </message>
        <message>
            <source>no plan yet</source>
            <translation>計画なし</translation>
        </message>
        <message numerus="yes">
            <source>, %n late</source>
            <translation>
                <numerusform>、%n 件遅延</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemPage</name>
        <message>
            <source>No problems recorded. When something goes wrong, press “New problem…”, write what happened and its impact, and tell the customer the same day with the problem notice.</source>
            <translation>問題は記録されていません。問題が起きたら「新しい問題…」を押して事象と影響を記録し、その日のうちに障害報告でお客様にお知らせしてください。</translation>
        </message>
        <message>
            <source>Select a problem to see what it says.</source>
            <translation>問題を選ぶと内容が表示されます。</translation>
        </message>
        <message>
            <source>&amp;New problem…</source>
            <translation>新しい問題(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>編集(&amp;E)…</translation>
        </message>
        <message>
            <source>Problem &amp;notice…</source>
            <translation>障害報告(&amp;N)…</translation>
        </message>
        <message>
            <source>Remedial &amp;plan update…</source>
            <translation>改善計画の報告(&amp;P)…</translation>
        </message>
        <message>
            <source>Mark &amp;fixed</source>
            <translation>修正済みにする(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>完了にする(&amp;C)</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>再オープン</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Once how the fix was tested is written</source>
            <translation>修正の検証方法を記入した後に</translation>
        </message>
        <message>
            <source>After the retrospective with the customer, once the lessons learned are written</source>
            <translation>お客様との振り返り後、教訓を記入した後に</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>発生した事象</translation>
        </message>
        <message>
            <source>Impact on the business</source>
            <translation>業務への影響</translation>
        </message>
        <message>
            <source>Impact on the users</source>
            <translation>利用者への影響</translation>
        </message>
        <message>
            <source>Schedule impact</source>
            <translation>スケジュールへの影響</translation>
        </message>
        <message>
            <source>Solution options</source>
            <translation>対応案</translation>
        </message>
        <message>
            <source>Workaround</source>
            <translation>暫定対応</translation>
        </message>
        <message>
            <source>Resources on it</source>
            <translation>対応体制</translation>
        </message>
        <message>
            <source>How the fix was tested</source>
            <translation>修正の検証方法</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>補償</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>教訓</translation>
        </message>
        <message>
            <source>Remedial plan</source>
            <translation>改善計画</translation>
        </message>
    </context>
    <context>
        <name>ProblemsController</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Problem recorded: tell the customer today.</source>
            <translation>問題を記録しました。本日中にお客様へご報告ください。</translation>
        </message>
        <message>
            <source>Problem saved.</source>
            <translation>問題を保存しました。</translation>
        </message>
        <message>
            <source>Problem updated.</source>
            <translation>問題を更新しました。</translation>
        </message>
        <message>
            <source>Delete the problem</source>
            <translation>問題の削除</translation>
        </message>
        <message>
            <source>Delete “%1” with its remedial plan? Messages about it are kept.</source>
            <translation>「%1」を改善計画とともに削除しますか？ 関連するメッセージは残ります。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Problem deleted.</source>
            <translation>問題を削除しました。</translation>
        </message>
    </context>
    <context>
        <name>ProjectListModel</name>
        <message>
            <source>Code</source>
            <translation>コード</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>顧客</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ステータス</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>健全性</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>マネージャー</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <source>Onboarding</source>
            <translation>オンボーディング</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>終了日</translation>
        </message>
        <message>
            <source>Warnings from the project's data: overdue invoices, tasks past their ETA, messages that failed to send, overdue onboarding steps</source>
            <translation>プロジェクトのデータから出た警告：支払期限を過ぎた請求書、完了予定を過ぎたタスク、送信に失敗したメッセージ、期限を過ぎたオンボーディングのステップ</translation>
        </message>
        <message>
            <source>done</source>
            <translation>完了</translation>
        </message>
    </context>
    <context>
        <name>ProjectListPanel</name>
        <message>
            <source>Filter (Ctrl+F)</source>
            <translation>絞り込み (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter by code, name, customer, department or manager (Ctrl+F); every word must match</source>
            <translation>コード、名称、顧客、部門、マネージャーで絞り込みます (Ctrl+F)。入力した語がすべて一致するものを表示します</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>アーカイブ済みを表示</translation>
        </message>
        <message>
            <source>Default columns</source>
            <translation>既定の列に戻す</translation>
        </message>
        <message>
            <source>No projects yet. Create the first one with Ctrl+N.</source>
            <translation>プロジェクトはまだありません。Ctrl+N で最初のプロジェクトを作成してください。</translation>
        </message>
        <message>
            <source>No project matches “%1”.</source>
            <translation>「%1」に一致するプロジェクトはありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n project(s)</source>
            <translation>
                <numerusform>プロジェクト %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n project(s) shown</source>
            <translation>
                <numerusform>プロジェクト %n 件中 %1 件を表示</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectsController</name>
        <message>
            <source>Database upgraded; a backup was saved to %1</source>
            <translation>データベースをアップグレードしました。バックアップの保存先: %1</translation>
        </message>
        <message>
            <source>Select a project on the left, or create one with Ctrl+N.</source>
            <translation>左の一覧からプロジェクトを選択するか、Ctrl+N で新規作成してください。</translation>
        </message>
        <message>
            <source>Cannot open the project store</source>
            <translation>プロジェクトデータベースを開けません</translation>
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation>保存する変更はありません。</translation>
        </message>
        <message>
            <source>Some fields need attention before saving.</source>
            <translation>保存する前に修正が必要な項目があります。</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 を保存しました。</translation>
        </message>
        <message>
            <source>The demo portfolio was created in a store of its own. It never sends mail or syncs with Outlook.</source>
            <translation>デモ ポートフォリオを専用のストアに作成しました。メールの送信や Outlook との同期は行いません。</translation>
        </message>
        <message>
            <source>No store there</source>
            <translation>ストアがありません</translation>
        </message>
        <message>
            <source>There is no project store at %1.

Create a new, empty store there?</source>
            <translation>%1 にプロジェクト ストアがありません。

ここに新しい空のストアを作成しますか？</translation>
        </message>
        <message>
            <source>Create store</source>
            <translation>ストアを作成</translation>
        </message>
        <message>
            <source>No project store is open.</source>
            <translation>プロジェクト ストアが開かれていません。</translation>
        </message>
        <message>
            <source>The project store could not be opened. Choose another with File → Open store… (Ctrl+O).</source>
            <translation>プロジェクト ストアを開けませんでした。［ファイル］→［ストアを開く…］（Ctrl+O）で別のストアを選んでください。</translation>
        </message>
        <message>
            <source>%1 was archived. Tick “Show archived” to see it again.</source>
            <translation>%1 をアーカイブしました。再表示するには「アーカイブ済みを表示」をオンにしてください。</translation>
        </message>
        <message>
            <source>Archived %1</source>
            <translation>%1 をアーカイブしました</translation>
        </message>
        <message>
            <source>%1 is no longer archived.</source>
            <translation>%1 のアーカイブを解除しました。</translation>
        </message>
        <message>
            <source>The project was deleted.</source>
            <translation>プロジェクトを削除しました。</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON ファイル (*.json)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n project(s).</source>
            <translation>
                <numerusform>%n 件のプロジェクトをエクスポートしました。</numerusform>
            </translation>
        </message>
        <message>
            <source>The store as it was before is kept in %1.</source>
            <translation>インポート前のデータは %1 に保存してあります。</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>インポート完了</translation>
        </message>
        <message>
            <source>Projects added: %1 · updated: %2</source>
            <translation>追加したプロジェクト: %1 件 · 更新: %2 件</translation>
        </message>
        <message>
            <source>Export everything to JSON</source>
            <translation>すべてを JSON に書き出す</translation>
        </message>
        <message>
            <source>Import a JSON export</source>
            <translation>JSON エクスポートを読み込む</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) changed here after the export were kept as they are.</source>
            <translation>
                <numerusform>エクスポート後にこちらで変更された %n 件の記録は、そのまま残しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) that the newer file no longer holds were removed.</source>
            <translation>
                <numerusform>新しいファイルに含まれなくなった %n 件の記録を削除しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Onboarding template saved. New projects will use it.</source>
            <translation>オンボーディングテンプレートを保存しました。新規プロジェクトに適用されます。</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <source>Save the changes to %1?</source>
            <translation>「%1」の変更を保存しますか？</translation>
        </message>
        <message>
            <source>Your edits will be lost if you don't save them.</source>
            <translation>保存しないと、編集内容は失われます。</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Don't save</source>
            <translation>保存しない(&amp;D)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Delete project</source>
            <translation>プロジェクトの削除</translation>
        </message>
        <message>
            <source>Delete %1 and everything recorded for it?</source>
            <translation>「%1」とそのすべての記録を削除しますか？</translation>
        </message>
        <message>
            <source>This cannot be undone. To keep the history but hide the project, archive it instead.</source>
            <translation>この操作は元に戻せません。履歴を残したままプロジェクトを非表示にするには、代わりにアーカイブしてください。</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>ProposalsDialog</name>
        <message>
            <source>Governance meetings</source>
            <translation>ガバナンス会議</translation>
        </message>
        <message>
            <source>The governance model proposes these series with attendees from the communication map. Untick what the customer does not want; adjust any of them before creating.</source>
            <translation>ガバナンスモデルに基づき、コミュニケーションマップの出席者でこれらの定例会議を提案します。顧客が望まないものはチェックを外し、作成前に必要に応じて調整してください。</translation>
        </message>
        <message>
            <source>Adjust…</source>
            <translation>調整…</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>作成</translation>
        </message>
        <message>
            <source>%1, first %2 at %3 %4 (%5 for you), %6 min, %7 attendees</source>
            <translation>%1、初回 %2 %3 %4（あなたの時刻 %5）、%6 分、出席者 %7 名</translation>
        </message>
    </context>
    <context>
        <name>QualityTab</name>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Open bugs</source>
            <translation>未解決バグ</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>重大</translation>
        </message>
        <message>
            <source>Coverage %</source>
            <translation>カバレッジ %</translation>
        </message>
        <message>
            <source>On time %</source>
            <translation>納期遵守 %</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Report link</source>
            <translation>レポート URL</translation>
        </message>
        <message>
            <source>Add report</source>
            <translation>レポートを追加</translation>
        </message>
        <message>
            <source>No quality reports yet. After a test cycle or a sprint review, press “Add report” and note the date, open and critical bugs, test coverage, on-time delivery and a link to the full report.</source>
            <translation>品質レポートはまだありません。テストサイクルやスプリントレビューの後に「レポートを追加」を押し、日付、未解決バグと重大バグの件数、テストカバレッジ、納期遵守率、レポート本文へのリンクを記録してください。</translation>
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message>
            <source>Question</source>
            <translation>質問</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>新しい質問</translation>
        </message>
        <message>
            <source>The question, as it was asked</source>
            <translation>いただいた質問（そのままの形で）</translation>
        </message>
        <message>
            <source>The answer (empty while it is open)</source>
            <translation>回答（未回答の間は空欄）</translation>
        </message>
        <message>
            <source>&amp;Shared with the customer (goes into the project document)</source>
            <translation>お客様と共有(&amp;S)（プロジェクト資料に掲載）</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>質問(&amp;Q):</translation>
        </message>
        <message>
            <source>Asked &amp;by:</source>
            <translation>質問者(&amp;B):</translation>
        </message>
        <message>
            <source>Asked &amp;on:</source>
            <translation>質問日(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>回答(&amp;A):</translation>
        </message>
        <message>
            <source>Answered b&amp;y:</source>
            <translation>回答者(&amp;Y):</translation>
        </message>
        <message>
            <source>Answered o&amp;n:</source>
            <translation>回答日(&amp;N):</translation>
        </message>
    </context>
    <context>
        <name>QuestionModel</name>
        <message>
            <source>Key</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>質問</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>質問者</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>質問日</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>回答者</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>回答日</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>共有</translation>
        </message>
        <message>
            <source>Shared with the customer: it goes into the project document</source>
            <translation>お客様と共有：プロジェクト資料に掲載されます</translation>
        </message>
        <message>
            <source>Internal: it never leaves PM Cockpit</source>
            <translation>社内のみ：PM Cockpit の外には出ません</translation>
        </message>
        <message>
            <source>shared</source>
            <translation>共有</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>社内</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>No questions yet. Keep each question the customer (or the team) asks with its answer: press “New question…”. Mark the ones the customer may read as shared.</source>
            <translation>質問はまだありません。お客様（またはチーム）からの質問を回答とともに記録してください：「新しい質問…」を押します。お客様に見せてよいものは「共有」にします。</translation>
        </message>
        <message>
            <source>&amp;New question…</source>
            <translation>新しい質問(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit or answer…</source>
            <translation>編集・回答(&amp;E)…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for an answer</source>
            <translation>
                <numerusform>回答待ち %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionsController</name>
        <message>
            <source>Question recorded.</source>
            <translation>質問を記録しました。</translation>
        </message>
        <message>
            <source>Question saved.</source>
            <translation>質問を保存しました。</translation>
        </message>
        <message>
            <source>Delete the question</source>
            <translation>質問の削除</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>「%1」を削除しますか？</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Question deleted.</source>
            <translation>質問を削除しました。</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上へ移動</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下へ移動</translation>
        </message>
        <message>
            <source>Row %1, %2: %3</source>
            <translation>%1 行目「%2」: %3</translation>
        </message>
    </context>
    <context>
        <name>RedFlagDialog</name>
        <message>
            <source>Red flag</source>
            <translation>レッドフラグ</translation>
        </message>
        <message>
            <source>New red flag</source>
            <translation>新しいレッドフラグ</translation>
        </message>
        <message>
            <source>— none: raised in a call, a meeting or a chat —</source>
            <translation>— なし：電話・会議・チャットでのご指摘 —</translation>
        </message>
        <message>
            <source>What the customer complains about, in a line</source>
            <translation>お客様のご指摘を一行で</translation>
        </message>
        <message>
            <source>What they said, what it affects</source>
            <translation>お客様の言葉と、影響すること</translation>
        </message>
        <message>
            <source>From a customer's &amp;mail:</source>
            <translation>お客様のメールから(&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>件名(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Severity:</source>
            <translation>重要度(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>分類(&amp;C):</translation>
        </message>
        <message>
            <source>Raised &amp;by:</source>
            <translation>ご指摘者(&amp;B):</translation>
        </message>
        <message>
            <source>Raised &amp;at:</source>
            <translation>ご指摘日時(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>内容(&amp;D):</translation>
        </message>
    </context>
    <context>
        <name>RedFlagModel</name>
        <message>
            <source>Key</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>レッドフラグ</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>重要度</translation>
        </message>
        <message>
            <source>With</source>
            <translation>対応者</translation>
        </message>
        <message>
            <source>Moves up</source>
            <translation>エスカレーション予定</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>ご指摘者</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>ご指摘日時</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>対応中</translation>
        </message>
        <message>
            <source>Resolved %1</source>
            <translation>%1 解決</translation>
        </message>
    </context>
    <context>
        <name>RedFlagPage</name>
        <message>
            <source>Show resolved</source>
            <translation>解決済みも表示</translation>
        </message>
        <message>
            <source>No red flags. When a customer complains — in a call, a meeting or a mail — press “New red flag…”: it starts with the project manager and moves up the escalation path by itself when its level's time runs out.</source>
            <translation>レッドフラグはありません。お客様からご指摘（電話・会議・メール）があれば「新しいレッドフラグ…」を押してください。まずプロジェクトマネージャーが対応し、各段階の期限を過ぎると自動で上位へエスカレーションされます。</translation>
        </message>
        <message>
            <source>Select a red flag to see its history.</source>
            <translation>レッドフラグを選ぶと経緯が表示されます。</translation>
        </message>
        <message>
            <source>&amp;New red flag…</source>
            <translation>新しいレッドフラグ(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>編集(&amp;E)…</translation>
        </message>
        <message>
            <source>Record the &amp;answer…</source>
            <translation>回答を記録(&amp;A)…</translation>
        </message>
        <message>
            <source>Add a n&amp;ote…</source>
            <translation>メモを追加(&amp;O)…</translation>
        </message>
        <message>
            <source>Escalate &amp;now…</source>
            <translation>今すぐエスカレーション(&amp;N)…</translation>
        </message>
        <message>
            <source>Write the escalation &amp;notice…</source>
            <translation>エスカレーション報告を書く(&amp;N)…</translation>
        </message>
        <message>
            <source>Re&amp;solve…</source>
            <translation>解決にする(&amp;S)…</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>再オープン…</translation>
        </message>
        <message>
            <source>Tell the people of the flag's level (the People tab's escalation levels) what it is and what has been done</source>
            <translation>フラグの現在の段階の担当者（「人」タブのエスカレーション段階）に、内容とこれまでの対応を伝えます</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>対応中 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>With %1 until %2, then %3</source>
            <translation>%2 まで%1が対応、その後%3へ</translation>
        </message>
        <message>
            <source>People at this level: %1</source>
            <translation>この段階の担当者：%1</translation>
        </message>
        <message>
            <source>Root cause: %1</source>
            <translation>根本原因：%1</translation>
        </message>
        <message>
            <source>Retrospective: %1</source>
            <translation>振り返り：%1</translation>
        </message>
        <message>
            <source>raised by %1, recorded by %2</source>
            <translation>%1 様からのご指摘（記録：%2）</translation>
        </message>
    </context>
    <context>
        <name>RedFlagStepDialog</name>
        <message>
            <source>Add a note</source>
            <translation>メモを追加</translation>
        </message>
        <message>
            <source>Record the answer</source>
            <translation>回答を記録</translation>
        </message>
        <message>
            <source>Escalate now</source>
            <translation>今すぐエスカレーション</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>解決</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>再オープン</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>メモ(&amp;N):</translation>
        </message>
        <message>
            <source>For the team: what was checked, who does what</source>
            <translation>チーム向け：確認したこと、誰が何をするか</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>回答(&amp;A):</translation>
        </message>
        <message>
            <source>What the customer was told, and how</source>
            <translation>お客様に何を、どのようにお伝えしたか</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation>理由(&amp;W):</translation>
        </message>
        <message>
            <source>Why it goes up before its time runs out</source>
            <translation>期限前にエスカレーションする理由</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>解決内容(&amp;R):</translation>
        </message>
        <message>
            <source>What was done about it</source>
            <translation>実施した対応</translation>
        </message>
        <message>
            <source>What came back</source>
            <translation>再発した内容</translation>
        </message>
        <message>
            <source>Why it happened</source>
            <translation>なぜ起きたか</translation>
        </message>
        <message>
            <source>Where the retrospective is: a link, or the meeting and its date</source>
            <translation>振り返りの記録：リンク、または会議名と日付</translation>
        </message>
        <message>
            <source>Root &amp;cause:</source>
            <translation>根本原因(&amp;C):</translation>
        </message>
        <message>
            <source>Re&amp;trospective:</source>
            <translation>振り返り(&amp;T):</translation>
        </message>
    </context>
    <context>
        <name>RedFlagsController</name>
        <message>
            <source>Red flag raised: it is with the project manager.</source>
            <translation>レッドフラグを起票しました。まずプロジェクトマネージャーが対応します。</translation>
        </message>
        <message>
            <source>Red flag saved.</source>
            <translation>レッドフラグを保存しました。</translation>
        </message>
        <message>
            <source>Red flag updated.</source>
            <translation>レッドフラグを更新しました。</translation>
        </message>
    </context>
    <context>
        <name>RegistersTab</name>
        <message>
            <source>Red flags</source>
            <translation>レッドフラグ</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Change requests</source>
            <translation>変更依頼</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>決定事項</translation>
        </message>
        <message>
            <source>Q&amp;&amp;A</source>
            <translation>Q&amp;&amp;A</translation>
        </message>
        <message>
            <source>Save the new project first, then keep its registers.</source>
            <translation>まず新しいプロジェクトを保存してから、台帳を記録してください。</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <source>Move the meeting</source>
            <translation>会議の日時を変更</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日付:</translation>
        </message>
        <message>
            <source>Time (%1):</source>
            <translation>時刻（%1）:</translation>
        </message>
        <message>
            <source>Minutes:</source>
            <translation>所要時間（分）:</translation>
        </message>
        <message>
            <source>Enter a date, a time (HH:MM) and the minutes.</source>
            <translation>日付、時刻（HH:MM）、所要時間（分）を入力してください。</translation>
        </message>
    </context>
    <context>
        <name>RuleRows</name>
        <message>
            <source>Rule</source>
            <translation>ルール</translation>
        </message>
        <message>
            <source>Set for this project</source>
            <translation>このプロジェクトで設定</translation>
        </message>
        <message>
            <source>On</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>パラメーター</translation>
        </message>
        <message>
            <source>Unticked, the rule follows the company's setting (Settings → Care rules and calendars)</source>
            <translation>チェックを外すと、会社の設定に従います（設定 → ケアルールとカレンダー）</translation>
        </message>
        <message>
            <source>every</source>
            <translation>間隔</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>営業日</translation>
        </message>
        <message>
            <source>due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>working days after the sprint's last day</source>
            <translation>営業日後（スプリント最終日から）</translation>
        </message>
        <message>
            <source>minutes of working time</source>
            <translation>分（勤務時間内）</translation>
        </message>
        <message>
            <source>acknowledge within</source>
            <translation>受領連絡</translation>
        </message>
        <message>
            <source>answer within</source>
            <translation>回答</translation>
        </message>
        <message>
            <source>hours of working time</source>
            <translation>時間（勤務時間内）</translation>
        </message>
        <message>
            <source>look back</source>
            <translation>対象期間</translation>
        </message>
        <message>
            <source>days</source>
            <translation>日</translation>
        </message>
        <message>
            <source>tell the next level within</source>
            <translation>次の段階への連絡期限</translation>
        </message>
        <message>
            <source>estimate within</source>
            <translation>見積もり期限</translation>
        </message>
        <message>
            <source>chase the customer after</source>
            <translation>お客様への確認の催促</translation>
        </message>
        <message>
            <source>tell the team within</source>
            <translation>チームへの共有期限</translation>
        </message>
        <message>
            <source>confirm in writing within</source>
            <translation>書面での確認期限</translation>
        </message>
        <message>
            <source>CSAT every</source>
            <translation>CSAT の間隔</translation>
        </message>
        <message>
            <source>months</source>
            <translation>か月</translation>
        </message>
        <message>
            <source>NPS every</source>
            <translation>NPS の間隔</translation>
        </message>
        <message>
            <source>warn at a CSAT drop of</source>
            <translation>CSAT の低下幅で警告</translation>
        </message>
        <message>
            <source>tenths of a point</source>
            <translation>（0.1 ポイント単位）</translation>
        </message>
        <message>
            <source>act within</source>
            <translation>対応期限</translation>
        </message>
    </context>
    <context>
        <name>SatisfactionController</name>
        <message>
            <source>Answer recorded.</source>
            <translation>回答を記録しました。</translation>
        </message>
        <message>
            <source>Answer saved.</source>
            <translation>回答を保存しました。</translation>
        </message>
        <message>
            <source>Delete the answer</source>
            <translation>回答の削除</translation>
        </message>
        <message>
            <source>Delete the answer “%1”?</source>
            <translation>回答「%1」を削除しますか？</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Answer deleted.</source>
            <translation>回答を削除しました。</translation>
        </message>
        <message>
            <source>Red flag from a satisfaction answer</source>
            <translation>満足度の回答からレッドフラグを上げる</translation>
        </message>
        <message>
            <source>Red flag raised: it is on the Registers tab and on Today.</source>
            <translation>レッドフラグを上げました。台帳タブと「今日」に表示されます。</translation>
        </message>
    </context>
    <context>
        <name>SatisfactionTab</name>
        <message>
            <source>&amp;Record answer…</source>
            <translation>回答を記録(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>編集(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <source>Raise red &amp;flag…</source>
            <translation>レッドフラグを上げる(&amp;F)…</translation>
        </message>
        <message>
            <source>Ask for &amp;feedback…</source>
            <translation>アンケートを依頼(&amp;F)…</translation>
        </message>
        <message>
            <source>Make the selected answer a red flag: raised by its respondent, on its date</source>
            <translation>選択した回答をレッドフラグにします（回答者が、回答日に提起したものとして）</translation>
        </message>
        <message>
            <source>Compose the satisfaction survey in the project's language</source>
            <translation>満足度アンケートをプロジェクトの言語で作成します</translation>
        </message>
        <message>
            <source>No answers yet. Ask for feedback (the survey asks the CSAT question, and the NPS question when it is due), then record each answer here: the trend, Today's early warnings and the customer document follow from them.</source>
            <translation>まだ回答がありません。アンケートを依頼し（CSAT の質問と、時期が来ていれば NPS の質問）、届いた回答をここに記録してください。推移、「今日」の早期警告、お客様向け資料はこの記録から作られます。</translation>
        </message>
        <message>
            <source>This project</source>
            <translation>このプロジェクト</translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>全プロジェクト</translation>
        </message>
        <message>
            <source>No red flags and no low scores in the last twelve months.</source>
            <translation>過去12か月にレッドフラグも低評価もありません。</translation>
        </message>
        <message>
            <source>Complaints in the last 12 months:</source>
            <translation>過去12か月の苦情：</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>推移</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>苦情</translation>
        </message>
        <message>
            <source>Save the new project first, then record its customers' satisfaction.</source>
            <translation>まず新しいプロジェクトを保存してから、お客様の満足度を記録してください。</translation>
        </message>
        <message>
            <source>No answers in the last twelve months.</source>
            <translation>過去12か月の回答はありません。</translation>
        </message>
        <message>
            <source>CSAT &lt;b&gt;%1&lt;/b&gt; (3-month average)</source>
            <translation>CSAT &lt;b&gt;%1&lt;/b&gt;（3か月平均）</translation>
        </message>
        <message>
            <source>down %1 from %2 in %3: an early warning</source>
            <translation>%3 の %2 から %1 低下：早期警告</translation>
        </message>
        <message>
            <source>NPS &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>NPS &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>%1 answers in 12 months, %2 low</source>
            <translation>12か月で回答 %1 件、うち低評価 %2 件</translation>
        </message>
    </context>
    <context>
        <name>SeriesDialog</name>
        <message>
            <source>Meeting series</source>
            <translation>定例会議</translation>
        </message>
        <message>
            <source>e.g. JP-104 Weekly status</source>
            <translation>例: JP-104 週次定例</translation>
        </message>
        <message>
            <source>What this meeting is for</source>
            <translation>この会議の目的</translation>
        </message>
        <message>
            <source>Room or address</source>
            <translation>会議室または住所</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>(default for the type)</source>
            <translation>（種類の既定）</translation>
        </message>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Repeats:</source>
            <translation>繰り返し:</translation>
        </message>
        <message>
            <source>Every N:</source>
            <translation>間隔 N:</translation>
        </message>
        <message>
            <source>Rule:</source>
            <translation>ルール:</translation>
        </message>
        <message>
            <source>First meeting:</source>
            <translation>初回:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>時刻:</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>タイムゾーン:</translation>
        </message>
        <message>
            <source>Minutes:</source>
            <translation>所要時間（分）:</translation>
        </message>
        <message>
            <source>Last date:</source>
            <translation>最終日:</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会議</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>件名:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>種類:</translation>
        </message>
        <message>
            <source>Objective:</source>
            <translation>目的:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>場所:</translation>
        </message>
        <message>
            <source>Online link:</source>
            <translation>オンライン会議のリンク:</translation>
        </message>
        <message>
            <source>Organiser:</source>
            <translation>主催者:</translation>
        </message>
        <message>
            <source>Reminder (minutes before):</source>
            <translation>通知（何分前）:</translation>
        </message>
        <message>
            <source>Agenda template:</source>
            <translation>アジェンダテンプレート:</translation>
        </message>
        <message>
            <source>Send the invitations through Outlook</source>
            <translation>Outlook で招待を送る</translation>
        </message>
        <message>
            <source>Invitations:</source>
            <translation>招待:</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <source>Add attendee</source>
            <translation>出席者を追加</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>出席者</translation>
        </message>
        <message>
            <source>Outlook holds this meeting and sends its invitations and updates. An .ics saved from here carries Outlook's UID, so it updates the same meeting.</source>
            <translation>この会議は Outlook にあり、招待と更新は Outlook が送ります。ここで保存する .ics は Outlook の UID を持つため、同じ会議として更新されます。</translation>
        </message>
        <message>
            <source>The invitations went out as an .ics file: keep sending its updates as .ics. Outlook would invite everyone a second time under another UID.</source>
            <translation>招待は .ics ファイルで送信済みです。更新も .ics で送ってください。Outlook から送ると、別の UID で全員をもう一度招待してしまいます。</translation>
        </message>
        <message>
            <source>Outlook creates the meeting and invites the attendees at the next sync.</source>
            <translation>次回の同期で Outlook が会議を作成し、出席者を招待します。</translation>
        </message>
        <message>
            <source>Tick to let Outlook create the meeting and send the invitations at the next sync, instead of sending .ics files yourself.</source>
            <translation>チェックすると、.ics ファイルを自分で送る代わりに、次回の同期で Outlook が会議を作成して招待を送ります。</translation>
        </message>
        <message>
            <source>Outlook refused it: %1</source>
            <translation>Outlook が受け付けませんでした: %1</translation>
        </message>
        <message>
            <source>Custom rule, e.g. %1</source>
            <translation>カスタムルール（例：%1）</translation>
        </message>
        <message>
            <source>Set by “Repeats”: %1</source>
            <translation>「繰り返し」による設定：%1</translation>
        </message>
        <message>
            <source>No meeting ahead.</source>
            <translation>今後の会議はありません。</translation>
        </message>
        <message>
            <source>Next: %1 (%2) · for you %3 (%4)</source>
            <translation>次回: %1（%2）· あなたの時刻 %3（%4）</translation>
        </message>
        <message>
            <source>⚠ Outside the vendor side's working hours from %1 (%2 meetings): %3</source>
            <translation>⚠ %1 からベンダー側の勤務時間外です（%2 回）: %3</translation>
        </message>
        <message>
            <source>⚠ Outside the customer's working hours from %1 (%2 meetings): %3</source>
            <translation>⚠ %1 から顧客側の勤務時間外です（%2 回）: %3</translation>
        </message>
        <message>
            <source>⚠ On a public holiday of the customer's country: %1 (%2 meetings): %3</source>
            <translation>⚠ 顧客の国の祝日にあたります: %1（%2 回）: %3</translation>
        </message>
        <message>
            <source>⚠ The agenda's items take longer than the meeting (%1, %2): %3</source>
            <translation>⚠ アジェンダの項目が会議時間を超えています（%1、%2）: %3</translation>
        </message>
        <message>
            <source>A meeting needs a title.</source>
            <translation>会議には件名が必要です。</translation>
        </message>
        <message>
            <source>Choose the date of the first meeting.</source>
            <translation>初回の日付を選んでください。</translation>
        </message>
        <message>
            <source>Choose a known time zone.</source>
            <translation>有効なタイムゾーンを選んでください。</translation>
        </message>
        <message>
            <source>A meeting lasts 5 minutes to 12 hours.</source>
            <translation>会議の所要時間は 5 分から 12 時間です。</translation>
        </message>
        <message>
            <source>Repeat every 1 or more.</source>
            <translation>繰り返し間隔は 1 以上にしてください。</translation>
        </message>
        <message>
            <source>The online link is not a web address.</source>
            <translation>オンライン会議のリンクが URL ではありません。</translation>
        </message>
        <message>
            <source>A reminder is 0 minutes to 7 days before.</source>
            <translation>通知は 0 分前から 7 日前までです。</translation>
        </message>
        <message>
            <source>The last date is before the first meeting.</source>
            <translation>最終日が初回より前です。</translation>
        </message>
        <message>
            <source>The custom rule cannot be used.</source>
            <translation>カスタムルールが使えません。</translation>
        </message>
        <message>
            <source>Check the attendees: someone is listed twice or has no valid e-mail.</source>
            <translation>出席者を確認してください。同じ人が二重に登録されているか、メールアドレスが正しくありません。</translation>
        </message>
        <message>
            <source>Check the fields.</source>
            <translation>入力内容を確認してください。</translation>
        </message>
        <message>
            <source>Some fields need attention.</source>
            <translation>確認が必要な項目があります。</translation>
        </message>
    </context>
    <context>
        <name>SeriesListModel</name>
        <message>
            <source>Meeting</source>
            <translation>会議</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>次回</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>出席者</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>招待</translation>
        </message>
        <message>
            <source>Last follow-up</source>
            <translation>直近のフォローアップ</translation>
        </message>
        <message>
            <source>Outlook refused it: %1</source>
            <translation>Outlook が受け付けませんでした: %1</translation>
        </message>
        <message>
            <source>%1 %2 · %3 min</source>
            <translation>%1 %2 · %3分</translation>
        </message>
        <message>
            <source>Outlook refused it</source>
            <translation>Outlook が拒否</translation>
        </message>
        <message>
            <source>by Outlook</source>
            <translation>Outlook で送信</translation>
        </message>
        <message>
            <source>by Outlook: at the next sync</source>
            <translation>Outlook: 次回の同期で送信</translation>
        </message>
        <message>
            <source>.ics, update %1</source>
            <translation>.ics・更新 %1</translation>
        </message>
        <message>
            <source>.ics sent</source>
            <translation>.ics 送信済み</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to Outlook</source>
            <translation>Outlook にサインイン</translation>
        </message>
        <message>
            <source>Sign in with your work account. Your browser opens Microsoft's sign-in page; come back here when it says you can close it. If no browser can open here, use a code instead: you enter it on any phone or computer.</source>
            <translation>職場のアカウントでサインインします。ブラウザーで Microsoft のサインイン ページが開きます。閉じてよいと表示されたらここに戻ってください。このコンピューターでブラウザーを開けない場合はコードを使います。コードはスマートフォンや別のコンピューターで入力できます。</translation>
        </message>
        <message>
            <source>Sign in with &amp;browser</source>
            <translation>ブラウザーでサインイン(&amp;B)</translation>
        </message>
        <message>
            <source>Use a &amp;code instead</source>
            <translation>コードを使う(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Waiting for you to sign in in the browser… (Cancel stops waiting.)</source>
            <translation>ブラウザーでのサインインを待っています…（「キャンセル」で待つのをやめます。）</translation>
        </message>
        <message>
            <source>Asking Microsoft for a code…</source>
            <translation>Microsoft にコードを問い合わせています…</translation>
        </message>
        <message>
            <source>Enter the code below on any device, then come back here. (Cancel stops waiting.)</source>
            <translation>下のコードを任意の端末で入力してから、ここに戻ってください。（「キャンセル」で待つのをやめます。）</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>キャンセルしています…</translation>
        </message>
        <message>
            <source>Signed in as %1.</source>
            <translation>%1 としてサインインしました。</translation>
        </message>
        <message numerus="yes">
            <source>The sign-in did not finish within %n minute(s). Was the browser closed? Try again, or use a code instead.</source>
            <translation>
                <numerusform>%n 分以内にサインインが終わりませんでした。ブラウザーを閉じましたか？ もう一度試すか、コードを使ってください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign-in cancelled.</source>
            <translation>サインインをキャンセルしました。</translation>
        </message>
        <message>
            <source>The sign-in did not complete. Try again, or use the other way to sign in.</source>
            <translation>サインインが完了しませんでした。もう一度試すか、もう一方の方法でサインインしてください。</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>サインインしていません。</translation>
        </message>
    </context>
    <context>
        <name>Signals</name>
        <message>
            <source>invoice %1 overdue since %2</source>
            <translation>請求書 %1 が %2 から支払期限超過</translation>
        </message>
        <message>
            <source>task “%1” past its ETA since %2</source>
            <translation>タスク「%1」が %2 から完了予定超過</translation>
        </message>
        <message>
            <source>message “%1” failed to send (%2)</source>
            <translation>メッセージ「%1」の送信に失敗（%2）</translation>
        </message>
        <message>
            <source>onboarding step “%1” overdue since %2</source>
            <translation>オンボーディングのステップ「%1」が %2 から期限超過</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>（件名なし）</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the warnings listed</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>1 warning: %1</source>
            <translation>警告 1 件：%1</translation>
        </message>
        <message>
            <source>%2 warnings: %1</source>
            <translation>警告 %2 件：%1</translation>
        </message>
        <message>
            <source>What the project's data shows:</source>
            <translation>プロジェクトのデータから分かること：</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze</source>
            <translation>スヌーズ</translation>
        </message>
        <message>
            <source>For an hour</source>
            <translation>1 時間</translation>
        </message>
        <message>
            <source>For three hours</source>
            <translation>3 時間</translation>
        </message>
        <message>
            <source>Until tomorrow morning</source>
            <translation>明日の朝まで</translation>
        </message>
        <message>
            <source>Until Monday morning</source>
            <translation>月曜の朝まで</translation>
        </message>
        <message>
            <source>Until a date and time…</source>
            <translation>日時を指定…</translation>
        </message>
        <message>
            <source>Why it can wait (kept in the history)</source>
            <translation>後回しにできる理由（履歴に残ります）</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
    </context>
    <context>
        <name>SprintsTab</name>
        <message>
            <source>Sprint</source>
            <translation>スプリント</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>初日</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>最終日</translation>
        </message>
        <message>
            <source>Add the next sprint</source>
            <translation>次のスプリントを追加</translation>
        </message>
        <message>
            <source>No sprints yet. Press “Add the next sprint”: it follows the last one, as long as the project's sprints (Overview). A sprint report is owed after each sprint.</source>
            <translation>スプリントはまだありません。「次のスプリントを追加」を押すと、前のスプリントに続けて、プロジェクトのスプリント期間（概要）の長さで追加されます。各スプリントの後にスプリント報告が必要です。</translation>
        </message>
        <message>
            <source>Tasks and change requests name their sprint. A sprint is one or two weeks long, its last day included.</source>
            <translation>タスクと変更要求はスプリント名で指定します。スプリントは 1 週間または 2 週間で、最終日を含みます。</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>マイルストーン</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期日</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>達成日</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>マイルストーンを追加</translation>
        </message>
        <message>
            <source>No milestones yet. Add the dates the customer plans around (UAT, go-live, handover): the agendas list the next ones not yet reached.</source>
            <translation>マイルストーンはまだありません。お客様が計画の基準にする日付（受入テスト、本番稼働、引き継ぎなど）を追加してください。未達成の直近のものがアジェンダに載ります。</translation>
        </message>
        <message>
            <source>Sprints</source>
            <translation>スプリント</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>マイルストーン</translation>
        </message>
    </context>
    <context>
        <name>StoreWindows</name>
        <message>
            <source>This window is the demo portfolio.</source>
            <translation>このウィンドウがデモ ポートフォリオです。</translation>
        </message>
        <message>
            <source>Opening the demo portfolio in a new window…</source>
            <translation>デモ ポートフォリオを新しいウィンドウで開いています…</translation>
        </message>
        <message>
            <source>Open a project store</source>
            <translation>プロジェクト ストアを開く</translation>
        </message>
        <message>
            <source>PM Cockpit stores (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>PM Cockpit ストア (*.sqlite3 *.sqlite *.db);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>That store is open in this window.</source>
            <translation>そのストアはこのウィンドウで開いています。</translation>
        </message>
        <message>
            <source>Opening %1 in a new window…</source>
            <translation>%1 を新しいウィンドウで開いています…</translation>
        </message>
        <message>
            <source>Cannot open a new window</source>
            <translation>新しいウィンドウを開けません</translation>
        </message>
        <message>
            <source>PM Cockpit could not start another window. Start it yourself with: cockpit %1</source>
            <translation>PM Cockpit の別ウィンドウを起動できませんでした。次のコマンドで起動してください: cockpit %1</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Sign in to Outlook first: Outlook → Sign in to Outlook…</source>
            <translation>先に Outlook にサインインしてください: Outlook → Outlook にサインイン…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n message(s) through Outlook.</source>
            <translation>
                <numerusform>Outlook で %n 件のメッセージを送信しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new Outlook notice(s): see the status bar.</source>
            <translation>
                <numerusform>Outlook からの新しいお知らせが %n 件あります。ステータスバーをご覧ください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign in to Outlook</source>
            <translation>Outlook にサインイン</translation>
        </message>
        <message>
            <source>First enter your company's app registration (application id and tenant) in the Outlook settings.</source>
            <translation>先に Outlook の設定で会社のアプリ登録 (アプリケーション ID とテナント) を入力してください。</translation>
        </message>
        <message>
            <source>Signed in to Outlook as %1.</source>
            <translation>%1 として Outlook にサインインしました。</translation>
        </message>
        <message>
            <source>Sign out of Outlook</source>
            <translation>Outlook からサインアウト</translation>
        </message>
        <message>
            <source>Sign out of Outlook? PM Cockpit forgets the sign-in on this computer. What is queued stays queued until you sign in again.</source>
            <translation>Outlook からサインアウトしますか？ このコンピューターのサインイン情報を削除します。送信待ちのものは、再びサインインするまで送信待ちのままです。</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>サインアウト</translation>
        </message>
        <message>
            <source>Outlook</source>
            <translation>Outlook</translation>
        </message>
        <message>
            <source>Signed out of Outlook.</source>
            <translation>Outlook からサインアウトしました。</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Syncing…</source>
            <translation>同期中…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>再試行</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>再サインイン</translation>
        </message>
        <message>
            <source>Outlook: …</source>
            <translation>Outlook: …</translation>
        </message>
        <message>
            <source>Signed in to Outlook as %1</source>
            <translation>%1 として Outlook にサインイン中</translation>
        </message>
        <message>
            <source>Outlook token from COCKPIT_GRAPH_TOKEN</source>
            <translation>COCKPIT_GRAPH_TOKEN の Outlook トークン</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>未サインイン</translation>
        </message>
        <message>
            <source>Outlook → Sign in to Outlook…</source>
            <translation>Outlook → Outlook にサインイン…</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>オフライン</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>オンライン</translation>
        </message>
        <message>
            <source>Last sync %1</source>
            <translation>最終同期 %1</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>未同期</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>同期待ち %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting for the next Outlook sync:</source>
            <translation>次回の Outlook 同期を待っている項目:</translation>
        </message>
        <message numerus="yes">
            <source>%n queued message(s) to send</source>
            <translation>
                <numerusform>送信待ちのメッセージ %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s) to copy to Outlook's Drafts folder</source>
            <translation>
                <numerusform>Outlook の下書きフォルダーへ送る下書き %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting series change(s) for your calendar</source>
            <translation>
                <numerusform>カレンダーに反映する会議シリーズの変更 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) for other connected tools</source>
            <translation>
                <numerusform>ほかの連携ツール向けの項目 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is waiting to go out to Outlook.</source>
            <translation>Outlook へ送る項目はありません。</translation>
        </message>
        <message>
            <source>They go out once you sign in (Outlook → Sign in to Outlook…).</source>
            <translation>サインインすると送信されます（［Outlook］→［Outlook にサインイン…］）。</translation>
        </message>
        <message>
            <source>Click to see the messages.</source>
            <translation>クリックするとメッセージを表示します。</translation>
        </message>
        <message numerus="yes">
            <source>%n Outlook notice(s)</source>
            <translation>
                <numerusform>Outlook のお知らせ %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TasksTab</name>
        <message>
            <source>Task</source>
            <translation>タスク</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>完了予定</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>緊急</translation>
        </message>
        <message>
            <source>Urgent tasks get an update every hour while urgent</source>
            <translation>緊急タスクは緊急の間、1 時間ごとに報告します</translation>
        </message>
        <message>
            <source>Sprint</source>
            <translation>スプリント</translation>
        </message>
        <message>
            <source>One of the project's sprints (Sprints tab)</source>
            <translation>プロジェクトのスプリントから選択（スプリントタブ）</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>キー</translation>
        </message>
        <message>
            <source>The task's key in the issue tracker</source>
            <translation>課題管理システムでのタスクのキー</translation>
        </message>
        <message>
            <source>Tracker link</source>
            <translation>課題管理のリンク</translation>
        </message>
        <message>
            <source>Add task</source>
            <translation>タスクを追加</translation>
        </message>
        <message>
            <source>No tasks yet. Press “Add task” for each piece of work the customer follows, with its ETA and owner: they fill the open-task update and the reports.</source>
            <translation>タスクはまだありません。顧客が進捗を追う作業ごとに「タスクを追加」を押し、完了予定と担当者を入力してください。未完了タスクの報告や各種報告に反映されます。</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>完了にする</translation>
        </message>
        <message>
            <source>Open in tracker</source>
            <translation>課題管理で開く</translation>
        </message>
        <message>
            <source>More reports</source>
            <translation>その他の報告</translation>
        </message>
        <message>
            <source>Past its ETA: tell the customer the new date.</source>
            <translation>完了予定を過ぎています。顧客に新しい日付を伝えてください。</translation>
        </message>
        <message>
            <source>Urgent: the customer gets an update every hour.</source>
            <translation>緊急: 顧客に 1 時間ごとに報告します。</translation>
        </message>
        <message>
            <source>(no sprint)</source>
            <translation>（スプリントなし）</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(なし)</translation>
        </message>
        <message numerus="yes">
            <source>%n open task(s)</source>
            <translation>
                <numerusform>未完了タスク %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n urgent</source>
            <translation>
                <numerusform>緊急 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n past the ETA</source>
            <translation>
                <numerusform>完了予定超過 %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <source>Update on the open tasks (%1)</source>
            <translation>未完了タスクの進捗報告（%1 件）</translation>
        </message>
        <message>
            <source>Sprint report: %1</source>
            <translation>スプリント報告：%1</translation>
        </message>
        <message>
            <source>Biweekly report for %1</source>
            <translation>隔週報告（%1）</translation>
        </message>
        <message>
            <source>Follow-up of %1</source>
            <translation>フォローアップ：%1</translation>
        </message>
        <message>
            <source>Hourly update on an urgent task: %1</source>
            <translation>緊急タスクの定時報告：%1</translation>
        </message>
        <message>
            <source>Tell them the ETA moved: %1</source>
            <translation>予定日の変更を連絡：%1</translation>
        </message>
        <message>
            <source>Onboarding step past its date: %1</source>
            <translation>期日を過ぎたオンボーディング項目：%1</translation>
        </message>
        <message>
            <source>Answer the mail: %1</source>
            <translation>メールに回答：%1</translation>
        </message>
        <message>
            <source>Acknowledge the mail: %1</source>
            <translation>メールの受領を連絡：%1</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>（件名なし）</translation>
        </message>
        <message>
            <source>Set up the governance meetings: weekly, biweekly, executive review</source>
            <translation>定例会議を設定：週次、隔週、エグゼクティブレビュー</translation>
        </message>
        <message>
            <source>Plan the next %1: %2</source>
            <translation>次回の%1を設定：%2</translation>
        </message>
        <message>
            <source>Set up the %1 meeting</source>
            <translation>%1を設定</translation>
        </message>
        <message>
            <source>the project manager</source>
            <translation>プロジェクトマネージャー</translation>
        </message>
        <message>
            <source>the department director</source>
            <translation>部門責任者</translation>
        </message>
        <message>
            <source>C-level</source>
            <translation>経営層</translation>
        </message>
        <message>
            <source>Answer the complaint: %1</source>
            <translation>ご指摘に回答：%1</translation>
        </message>
        <message>
            <source>Resolve it before it goes to %2: %1</source>
            <translation>%2へ上がる前に解決：%1</translation>
        </message>
        <message>
            <source>Escalated to %2: tell them about %1</source>
            <translation>%2へエスカレーション済み、状況を連絡：%1</translation>
        </message>
        <message>
            <source>Estimate the change: %1</source>
            <translation>変更依頼を見積もる：%1</translation>
        </message>
        <message>
            <source>Change awaiting the customer's confirmation: %1</source>
            <translation>お客様のご承認待ちの変更依頼：%1</translation>
        </message>
        <message>
            <source>Tell the team about the change: %1</source>
            <translation>変更内容をチームに共有：%1</translation>
        </message>
        <message>
            <source>Tell the customer about the problem: %1</source>
            <translation>問題をお客様に報告：%1</translation>
        </message>
        <message>
            <source>Remedial step past its date: %1</source>
            <translation>期限を過ぎた改善手順：%1</translation>
        </message>
        <message>
            <source>Confirm the decision in writing: %1</source>
            <translation>決定事項を書面で確認：%1</translation>
        </message>
        <message>
            <source>Ask for feedback: CSAT and NPS</source>
            <translation>アンケートの依頼：CSAT と NPS</translation>
        </message>
        <message>
            <source>Ask for feedback: the CSAT survey</source>
            <translation>アンケートの依頼：CSAT</translation>
        </message>
        <message>
            <source>Early warning: CSAT falling from %1 to %2 (3-month average)</source>
            <translation>早期警告：CSAT が %1 から %2 に低下（3か月平均）</translation>
        </message>
        <message>
            <source>Early warning: NPS detractor (%1/10)</source>
            <translation>早期警告：NPS の批判者（%1/10）</translation>
        </message>
        <message>
            <source>Early warning: low CSAT (%1/5)</source>
            <translation>早期警告：CSAT の低評価（%1/5）</translation>
        </message>
        <message>
            <source>weekly status</source>
            <translation>週次定例</translation>
        </message>
        <message>
            <source>biweekly status</source>
            <translation>隔週定例</translation>
        </message>
        <message>
            <source>executive review</source>
            <translation>エグゼクティブレビュー</translation>
        </message>
        <message>
            <source>Write the report</source>
            <translation>報告を作成</translation>
        </message>
        <message>
            <source>Write the notice</source>
            <translation>報告を書く</translation>
        </message>
        <message>
            <source>Tell the team</source>
            <translation>チームに伝える</translation>
        </message>
        <message>
            <source>Write the confirmation</source>
            <translation>確認メールを書く</translation>
        </message>
        <message>
            <source>Write the survey</source>
            <translation>アンケートを作成</translation>
        </message>
        <message>
            <source>Write the update</source>
            <translation>報告を作成</translation>
        </message>
        <message>
            <source>Write the follow-up</source>
            <translation>フォローアップを作成</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>返信</translation>
        </message>
        <message>
            <source>Open the step</source>
            <translation>項目を開く</translation>
        </message>
        <message>
            <source>Open the series</source>
            <translation>会議を開く</translation>
        </message>
        <message>
            <source>Set up the meetings</source>
            <translation>会議を設定</translation>
        </message>
        <message>
            <source>Open it</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Raise a red flag…</source>
            <translation>レッドフラグを上げる…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>本日期限</translation>
        </message>
        <message>
            <source>Soon</source>
            <translation>まもなく</translation>
        </message>
        <message>
            <source>Customer mail answered</source>
            <translation>お客様メールへの回答</translation>
        </message>
        <message>
            <source>Hourly update on urgent tasks</source>
            <translation>緊急タスクの定時報告</translation>
        </message>
        <message>
            <source>Follow-up after a meeting</source>
            <translation>会議後のフォローアップ</translation>
        </message>
        <message>
            <source>Slipped ETAs reported</source>
            <translation>予定日変更の連絡</translation>
        </message>
        <message>
            <source>Open-task update</source>
            <translation>未完了タスクの進捗報告</translation>
        </message>
        <message>
            <source>Sprint report</source>
            <translation>スプリント報告</translation>
        </message>
        <message>
            <source>Biweekly report</source>
            <translation>隔週報告</translation>
        </message>
        <message>
            <source>Onboarding steps on time</source>
            <translation>オンボーディングの期日</translation>
        </message>
        <message>
            <source>Governance meetings planned</source>
            <translation>定例会議の計画</translation>
        </message>
        <message>
            <source>Complaints answered and escalated on time</source>
            <translation>ご指摘への回答とエスカレーションを期限内に</translation>
        </message>
        <message>
            <source>Problems told and fixed to plan</source>
            <translation>問題の報告と計画どおりの改善</translation>
        </message>
        <message>
            <source>Change requests moved on</source>
            <translation>変更依頼を滞らせない</translation>
        </message>
        <message>
            <source>Decisions confirmed in writing</source>
            <translation>決定事項を書面で確認</translation>
        </message>
        <message>
            <source>Satisfaction surveys on their cadence</source>
            <translation>満足度アンケートを定期的に実施</translation>
        </message>
        <message>
            <source>Early warnings from satisfaction</source>
            <translation>満足度からの早期警告</translation>
        </message>
    </context>
    <context>
        <name>TodayController</name>
        <message>
            <source>Today as of %1, updating…</source>
            <translation>今日（%1 時点、更新中…）</translation>
        </message>
        <message>
            <source>Today — %1</source>
            <translation>今日 — %1</translation>
        </message>
        <message>
            <source>%1 (and %2 more)</source>
            <translation>%1（ほか %2 件）</translation>
        </message>
        <message>
            <source>Now due</source>
            <translation>期限になりました</translation>
        </message>
        <message>
            <source>PM Cockpit</source>
            <translation>PM Cockpit</translation>
        </message>
        <message>
            <source>Snoozed until %1: %2</source>
            <translation>%1 までスヌーズ：%2</translation>
        </message>
        <message>
            <source>Marked done: %1</source>
            <translation>完了にしました：%1</translation>
        </message>
        <message>
            <source>Marked acknowledged; the answer is owed next.</source>
            <translation>受領連絡済みにしました。次は回答です。</translation>
        </message>
        <message>
            <source>%1 raised from the mail: it is with the project manager.</source>
            <translation>メールから %1 を起票しました。まずプロジェクトマネージャーが対応します。</translation>
        </message>
        <message>
            <source>Recorded as a decision, confirmed by the customer's mail.</source>
            <translation>決定事項として記録しました（お客様のメールで確認済み）。</translation>
        </message>
        <message>
            <source>Undone: the item is back as it would be without the mark.</source>
            <translation>取り消しました。項目は記録前の状態に戻りました。</translation>
        </message>
    </context>
    <context>
        <name>TodayModel</name>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <source>What is owed</source>
            <translation>対応事項</translation>
        </message>
        <message>
            <source>To whom</source>
            <translation>宛先</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>起点</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Due %1 in the customer's zone (%2)</source>
            <translation>お客様のタイムゾーン（%2）では %1 が期限</translation>
        </message>
        <message>
            <source>(the project team)</source>
            <translation>（プロジェクトチーム）</translation>
        </message>
        <message>
            <source>(no one on the map)</source>
            <translation>（連絡表に宛先なし）</translation>
        </message>
    </context>
    <context>
        <name>TodayPanel</name>
        <message>
            <source>Filter: project, customer, task, person…</source>
            <translation>絞り込み：プロジェクト、顧客、タスク、担当者…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <source>S&amp;nooze…</source>
            <translation>スヌーズ(&amp;N)…</translation>
        </message>
        <message>
            <source>Mark &amp;done…</source>
            <translation>完了にする(&amp;D)…</translation>
        </message>
        <message>
            <source>Mark &amp;acknowledged</source>
            <translation>受領連絡済みにする(&amp;A)</translation>
        </message>
        <message>
            <source>You acknowledged the mail another way (a call, a chat): the answer is owed next.</source>
            <translation>電話やチャットなど別の方法で受領を伝えた場合：次は回答が必要です。</translation>
        </message>
        <message>
            <source>Make red &amp;flag…</source>
            <translation>レッドフラグにする(&amp;F)…</translation>
        </message>
        <message>
            <source>The mail is a complaint: raise a red flag from it (who wrote it, when, its text)</source>
            <translation>このメールはご指摘です：差出人・日時・本文からレッドフラグを起票します</translation>
        </message>
        <message>
            <source>Record as d&amp;ecision…</source>
            <translation>決定事項として記録(&amp;E)…</translation>
        </message>
        <message>
            <source>The mail agrees something: add it to the decision log, confirmed by the mail</source>
            <translation>このメールで何かに合意しています：決定事項ログに追加し、このメールで確認済みとします</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>履歴(&amp;H)…</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Working out what every customer is owed…</source>
            <translation>各お客様への対応事項を確認しています…</translation>
        </message>
        <message>
            <source>%1 overdue · %2 due today · %3 soon</source>
            <translation>期限超過 %1 件 · 本日期限 %2 件 · まもなく %3 件</translation>
        </message>
        <message>
            <source>%1 snoozed</source>
            <translation>スヌーズ中 %1 件</translation>
        </message>
        <message>
            <source>Nothing is owed to any customer right now.

Here you will see, across all projects, every promise as it falls due: task updates every two working days, sprint and biweekly reports, follow-ups after held meetings, hourly updates on urgent tasks, customer mail to acknowledge and answer, slipped ETAs, onboarding steps and governance meetings to plan, complaints and their escalation, problems to report and fix, change requests waiting, decisions to confirm in writing.</source>
            <translation>現在、お客様への対応事項はありません。

ここには、すべてのプロジェクトについて、お約束ごとが期限を迎えるたびに表示されます：2 営業日ごとのタスク報告、スプリント報告と隔週報告、会議後のフォローアップ、緊急タスクの定時報告、受領連絡と回答が必要なお客様メール、予定日の変更、オンボーディング項目、計画すべき定例会議、ご指摘とそのエスカレーション、報告と改善が必要な問題、滞っている変更依頼、書面で確認すべき決定事項。</translation>
        </message>
        <message>
            <source>No item matches the filter.</source>
            <translation>絞り込みに一致する項目はありません。</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>CSAT of this project (3-month average)</source>
            <translation>このプロジェクトの CSAT（3か月平均）</translation>
        </message>
        <message>
            <source>Portfolio CSAT</source>
            <translation>全プロジェクトの CSAT</translation>
        </message>
        <message>
            <source>NPS above zero</source>
            <translation>NPS（プラス）</translation>
        </message>
        <message>
            <source>NPS below zero</source>
            <translation>NPS（マイナス）</translation>
        </message>
    </context>
    <context>
        <name>UndoNotice</name>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Close this note</source>
            <translation>このお知らせを閉じる</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome to PM Cockpit</source>
            <translation>PM Cockpit へようこそ</translation>
        </message>
        <message>
            <source>This store holds your own projects and is still empty. Each client project gets a passport: the customer, the people on both sides, the governance meetings, the contract and the messages you owe them.</source>
            <translation>このストアはご自身のプロジェクト用で、まだ空です。顧客プロジェクトごとにパスポートを作り、顧客、双方の関係者、ガバナンス会議、契約、顧客へのメッセージをまとめて管理します。</translation>
        </message>
        <message>
            <source>Create your first project</source>
            <translation>最初のプロジェクトを作成</translation>
        </message>
        <message>
            <source>Start a passport: code, name and customer are enough to begin.</source>
            <translation>パスポートを作成します。まずはコード、名前、顧客だけで始められます。</translation>
        </message>
        <message>
            <source>Import a JSON export…</source>
            <translation>JSON エクスポートをインポート…</translation>
        </message>
        <message>
            <source>Bring in projects exported from PM Cockpit on another computer.</source>
            <translation>別のコンピューターの PM Cockpit からエクスポートしたプロジェクトを取り込みます。</translation>
        </message>
        <message>
            <source>Open the demo portfolio</source>
            <translation>デモ ポートフォリオを開く</translation>
        </message>
        <message>
            <source>Twelve sample projects in a store of their own, in a second window. The demo never sends mail or syncs with Outlook, and nothing of it enters this store.</source>
            <translation>専用ストアに入った 12 件のサンプル プロジェクトを、別のウィンドウで開きます。デモはメールの送信や Outlook との同期を行わず、このストアに何かが入ることもありません。</translation>
        </message>
    </context>
</TS>
