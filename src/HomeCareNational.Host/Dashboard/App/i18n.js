// Japanese first; English on request (the toggle in the header), remembered in this browser.
const storageKey = 'homecare.dashboard.language';

const labels = {
  ja: {
    'app.title': '在宅医療ダッシュボード', 'app.subtitle': '厚生労働省 医政局 地域医療計画課',
    'nav.national': '全国', 'nav.map': '地図', 'nav.trend': '推移', 'nav.board': '提出状況',
    'nav.label': '表示の切り替え', 'skip': '本文へ移動', 'fiscalYear': '年度', 'language': 'English',
    'signOut': 'サインアウト', 'signedInAs': 'サインイン中：', 'footer': '数値は本サービスの API（/graphql）から取得しています。',
    'unit.count': ' 件', 'none': '—', 'loading': '読み込み中…',
    'national.title': '全国', 'version': 'バージョン', 'asOf': '時点',
    'tile.total': '指定医療機関等（指定中）', 'tile.clinical': 'うち病院・診療所', 'tile.nonClinical': 'うち病院・診療所以外',
    'tile.nonClinicalShare': '病院・診療所以外の割合', 'tile.hubs': '連携の拠点', 'tile.areasWithoutActiveHub': '活動中の拠点がない圏域',
    'tile.reviewRequired': '見直しの対象', 'tile.reviewOpen': '見直し未了', 'tile.reviewWithdrawn': '指定取消',
    'tile.reviewReplaced': '病院・診療所に置換', 'tile.reviewKept': '理由を付して継続', 'tile.reviewCompleted': '見直し完了率',
    'tile.prefecturesReporting': '報告した都道府県', 'tile.areas': '圏域',
    'tile.areasWithoutHub': '拠点のない圏域', 'tile.areasWithoutDesignation': '指定のない圏域',
    'section.designations': '指定の状況', 'section.review': '非医療機関の指定の見直し', 'section.reporting': '報告',
    'stream.live': '● ライブ更新中', 'stream.connecting': '接続中…', 'stream.down': '接続が切れました。再接続しています…',
    'updated': '更新しました',
    'map.title': '都道府県タイルマップ', 'map.measure': '色分けの指標', 'map.legend': '凡例', 'map.low': '低', 'map.high': '高',
    'measure.nonClinicalShare': '病院・診療所以外の割合', 'measure.reviewCompletedShare': '見直し完了率',
    'measure.hubsPerArea': '圏域あたりの拠点数', 'measure.activeHubShare': '活動中の拠点の割合',
    'measure.areasWithoutActiveHub': '活動中の拠点がない圏域数',
    'trend.title': '推移', 'trend.level': '対象', 'trend.national': '全国', 'trend.region': '地方', 'trend.prefecture': '都道府県',
    'trend.reviewOpen': '見直し未了（件）', 'trend.nonClinicalShare': '病院・診療所以外の割合（%）', 'trend.at': '時点',
    'trend.table': '推移の数値', 'trend.notYet': 'この年度はまだ始まっていません。',
    'board.title': '提出状況', 'board.region': '地方で絞り込む', 'board.all': 'すべて', 'board.csv': 'CSV をダウンロード',
    'board.xlsx': 'Excel（.xlsx）をダウンロード', 'board.caption': '都道府県ごとの提出状況（見出しで並べ替え）',
    'col.code': 'コード', 'col.prefecture': '都道府県', 'col.region': '地方', 'col.complete': '提出', 'col.missing': '未提出の項目',
    'col.hubsWithoutReport': '活動報告のない拠点', 'col.warnings': '警告', 'col.lastChangeAt': '最終更新', 'col.lastChangeBy': '更新者',
    'board.done': '完了', 'board.notDone': '未完了', 'board.noData': '未提出', 'board.forbidden': '権限なし',
    'board.refusedAll': 'このアカウントには都道府県ごとの提出状況を見る権限がありません（集計のみ閲覧できます）。',
    'board.state': '報告の状態で絞り込む', 'col.roundState': '報告の状態', 'col.overdue': '期限超過', 'col.warningsList': '警告の内容',
    'board.overdue': '期限超過', 'board.warningsOf': '件の警告',
    'round.title': '報告ラウンド', 'round.none': 'この年度の報告ラウンドはまだ開始されていません。', 'round.deadline': '提出期限',
    'round.daysToDeadline': '期限まで', 'round.daysLeft': 'あと {n} 日', 'round.daysPast': '{n} 日経過', 'round.status': '受付',
    'round.open': '受付中', 'round.closed': '締切済', 'round.counts': '状態別の都道府県数',
    'warning.DESIGNATION_WITHOUT_AREA': '圏域のない指定', 'warning.HUB_WITHOUT_AREA': '圏域を担当しない拠点', 'warning.EMPTY_AREA': '拠点も指定もない圏域',
    'missing.AREAS': '圏域', 'missing.HUBS': '拠点', 'missing.DESIGNATIONS': '指定', 'missing.HUB_ACTIVITY_REPORTS': '拠点の活動報告',
    'prefecture.byKind': '種別ごとの指定', 'prefecture.hubsByStatus': '活動状況別の拠点', 'prefecture.areas': '圏域と拠点・指定の状況',
    'prefecture.reviewList': '見直しが未了の病院・診療所以外の指定', 'prefecture.refused': 'このアカウントにはこの都道府県の詳細を見る権限がありません。',
    'prefecture.notFound': 'その都道府県はありません。', 'prefecture.region': '地方',
    'col.kind': '種別', 'col.count': '件数', 'col.status': '活動状況', 'col.area': '圏域', 'col.unitType': '単位',
    'col.hasHub': '拠点あり', 'col.hasActiveHub': '活動中の拠点あり', 'col.hasDesignation': '指定あり', 'col.institutionCode': '医療機関等コード',
    'col.name': '名称', 'col.designatedOn': '指定日', 'yes': 'あり', 'no': 'なし',
    'pager.previous': '前へ', 'pager.next': '次へ', 'pager.of': '件中',
    'signin.title': 'サインイン', 'signin.entra': 'Microsoft Entra ID でサインイン', 'signin.development': '開発用サインイン',
    'signin.developmentNote': '開発用の発行者が有効なときだけ表示されます。役割と都道府県を選ぶと、サービスが開発用トークンを発行します。',
    'signin.role': '役割', 'signin.prefecture': '都道府県', 'signin.submit': 'サインイン', 'signin.expired': 'サインインの有効期限が切れました。もう一度サインインしてください。',
    'signin.failed': 'サインインできませんでした：', 'refused': 'この情報を見る権限がありません。', 'error': '取得できませんでした：'
  },
  en: {
    'app.title': 'Home-care dashboard', 'app.subtitle': 'MHLW, Health Policy Bureau, Regional Medical Care Planning Division',
    'nav.national': 'Japan', 'nav.map': 'Map', 'nav.trend': 'Trend', 'nav.board': 'Submissions',
    'nav.label': 'Views', 'skip': 'Skip to content', 'fiscalYear': 'Fiscal year', 'language': '日本語',
    'signOut': 'Sign out', 'signedInAs': 'Signed in: ', 'footer': 'Figures come from this service\'s API (/graphql).',
    'unit.count': '', 'none': '—', 'loading': 'Loading…',
    'national.title': 'Japan', 'version': 'version', 'asOf': 'as of',
    'tile.total': 'Designations in force', 'tile.clinical': 'Hospitals and clinics', 'tile.nonClinical': 'Other bodies',
    'tile.nonClinicalShare': 'Non-clinical share', 'tile.hubs': 'Collaboration hubs', 'tile.areasWithoutActiveHub': 'Areas without an active hub',
    'tile.reviewRequired': 'Reviews required', 'tile.reviewOpen': 'Reviews open', 'tile.reviewWithdrawn': 'Withdrawn',
    'tile.reviewReplaced': 'Replaced by clinical', 'tile.reviewKept': 'Kept with a reason', 'tile.reviewCompleted': 'Reviews completed',
    'tile.prefecturesReporting': 'Prefectures reporting', 'tile.areas': 'Areas',
    'tile.areasWithoutHub': 'Areas without a hub', 'tile.areasWithoutDesignation': 'Areas without a designation',
    'section.designations': 'Designations', 'section.review': 'Review of non-clinical designations', 'section.reporting': 'Reporting',
    'stream.live': '● Live', 'stream.connecting': 'Connecting…', 'stream.down': 'Connection lost. Reconnecting…',
    'updated': 'Updated',
    'map.title': 'Tile map of the prefectures', 'map.measure': 'Colour by', 'map.legend': 'Legend', 'map.low': 'low', 'map.high': 'high',
    'measure.nonClinicalShare': 'Non-clinical share', 'measure.reviewCompletedShare': 'Reviews completed',
    'measure.hubsPerArea': 'Hubs per area', 'measure.activeHubShare': 'Active-hub share',
    'measure.areasWithoutActiveHub': 'Areas without an active hub',
    'trend.title': 'Trend', 'trend.level': 'Level', 'trend.national': 'Japan', 'trend.region': 'Region', 'trend.prefecture': 'Prefecture',
    'trend.reviewOpen': 'Reviews open', 'trend.nonClinicalShare': 'Non-clinical share (%)', 'trend.at': 'At',
    'trend.table': 'Trend figures', 'trend.notYet': 'This fiscal year has not started yet.',
    'board.title': 'Submission status', 'board.region': 'Filter by region', 'board.all': 'All', 'board.csv': 'Download CSV',
    'board.xlsx': 'Download Excel (.xlsx)', 'board.caption': 'Submission status by prefecture (sort by a heading)',
    'col.code': 'Code', 'col.prefecture': 'Prefecture', 'col.region': 'Region', 'col.complete': 'Complete', 'col.missing': 'Missing parts',
    'col.hubsWithoutReport': 'Hubs without report', 'col.warnings': 'Warnings', 'col.lastChangeAt': 'Last change', 'col.lastChangeBy': 'By',
    'board.done': 'complete', 'board.notDone': 'incomplete', 'board.noData': 'no data', 'board.forbidden': 'not allowed',
    'board.refusedAll': 'This account may not see each prefecture\'s submission status (aggregates only).',
    'board.state': 'Filter by round state', 'col.roundState': 'Round state', 'col.overdue': 'Overdue', 'col.warningsList': 'Warning details',
    'board.overdue': 'overdue', 'board.warningsOf': ' warnings',
    'round.title': 'Reporting round', 'round.none': 'No reporting round has been opened for this fiscal year.', 'round.deadline': 'Deadline',
    'round.daysToDeadline': 'Days to deadline', 'round.daysLeft': '{n} days left', 'round.daysPast': '{n} days past', 'round.status': 'Submissions',
    'round.open': 'open', 'round.closed': 'closed', 'round.counts': 'Prefectures per state',
    'roundState.NOT_SUBMITTED': 'not submitted', 'roundState.SUBMITTED': 'submitted', 'roundState.RETURNED': 'returned',
    'roundState.ACCEPTED': 'accepted', 'roundState.CHANGED_SINCE_ACCEPTANCE': 'changed since acceptance',
    'warning.DESIGNATION_WITHOUT_AREA': 'Designation without an area', 'warning.HUB_WITHOUT_AREA': 'Hub covering no area', 'warning.EMPTY_AREA': 'Area with neither hub nor designation',
    'missing.AREAS': 'areas', 'missing.HUBS': 'hubs', 'missing.DESIGNATIONS': 'designations', 'missing.HUB_ACTIVITY_REPORTS': 'hub activity reports',
    'prefecture.byKind': 'Designations by kind', 'prefecture.hubsByStatus': 'Hubs by activity status', 'prefecture.areas': 'Areas and their coverage',
    'prefecture.reviewList': 'Non-clinical designations still to be reviewed', 'prefecture.refused': 'This account may not see this prefecture\'s detail.',
    'prefecture.notFound': 'No such prefecture.', 'prefecture.region': 'Region',
    'col.kind': 'Kind', 'col.count': 'Count', 'col.status': 'Activity status', 'col.area': 'Area', 'col.unitType': 'Unit',
    'col.hasHub': 'Hub', 'col.hasActiveHub': 'Active hub', 'col.hasDesignation': 'Designation', 'col.institutionCode': 'Institution code',
    'col.name': 'Name', 'col.designatedOn': 'Designated on', 'yes': 'yes', 'no': 'no',
    'pager.previous': 'Previous', 'pager.next': 'Next', 'pager.of': 'in all',
    'signin.title': 'Sign in', 'signin.entra': 'Sign in with Microsoft Entra ID', 'signin.development': 'Development sign-in',
    'signin.developmentNote': 'Offered only while the development issuer is enabled: pick a role and a prefecture and the service issues a development token.',
    'signin.role': 'Role', 'signin.prefecture': 'Prefecture', 'signin.submit': 'Sign in', 'signin.expired': 'Your sign-in has expired. Please sign in again.',
    'signin.failed': 'Could not sign in: ', 'refused': 'This account may not see this.', 'error': 'Could not load: '
  }
};

let language = localStorage.getItem(storageKey) === 'en' ? 'en' : 'ja';

export const currentLanguage = () => language;

export function t(key) {
  return labels[language][key] ?? labels.ja[key] ?? key;
}

export function toggleLanguage() {
  language = language === 'ja' ? 'en' : 'ja';
  localStorage.setItem(storageKey, language);
}
