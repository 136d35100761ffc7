using System.Globalization;

namespace HomeCareNational.Import;

/// <summary>Every message the importer writes, in one place, so the Japanese reads consistently.</summary>
internal static class ImportMessages
{
    public const string UnknownEncoding = "文字コードを判別できません: UTF-8 でも Shift_JIS でもありません";

    public const string NotXlsx = NotXlsxPrefix + "ファイルが壊れているか、別の形式のファイルです";

    /// <summary>Where a token between two tags passes this, the part is not one a spreadsheet program wrote.</summary>
    public const string TokenTooLong = "タグや文字列が長すぎます";

    public const string TooDeep = "入れ子が深すぎます";

    public const string NotUtf8 = "文字コードが UTF-8 ではありません";

    private const string NotXlsxPrefix = "Excel ファイル（.xlsx）として読めません: ";

    public const string LegacyOrEncryptedExcel =
        "古い形式（.xls）またはパスワード付きの Excel ファイルは読めません: パスワードを外し、.xlsx 形式で保存してください";

    public const string Unreadable = "ファイルを読み取れませんでした: 内容が壊れている可能性があります";

    public const string NoHeaderRow = "見出し行がありません: 1 行目に列名を入れてください";

    public const string MissingColumn = "列がありません";

    public const string Required = "値がありません";

    public static string UnsupportedFileType(string fileName) =>
        $"対応していないファイル形式です（「{Shown(fileName)}」）: .xlsx か .csv のファイルを選んでください";

    public static string FileTooLarge(long maxBytes) => Invariant($"ファイルサイズが上限の {maxBytes:N0} バイトを超えています");

    public static string UnpackedTooLarge(long maxBytes) => Invariant($"展開後のサイズが上限の {maxBytes:N0} バイトを超えています");

    public static string OutOfRange(string cell, string lastCell, int maxColumns, int maxRows) =>
        Invariant($"セル {Shown(cell)} は範囲外です: 読めるのは {lastCell} まで（{maxColumns:N0} 列・{maxRows:N0} 行）です");

    public static string RowOutOfRange(string row, int maxRows) =>
        Invariant($"行 {Shown(row)} は範囲外です: 読めるのは {maxRows:N0} 行目までです");

    public static string TooManyFields(int fields, int maxColumns) =>
        Invariant($"列が上限の {maxColumns:N0} 列を超えています（{fields:N0} 列）");

    public static string CellTooLong(string cell, int maxChars) =>
        Invariant($"セル {cell} の文字数が上限の {maxChars:N0} 文字を超えています");

    public static string TooManyCells(int maxCells) => Invariant($"セルの数が上限の {maxCells:N0} 個を超えています");

    public static string TooManySharedStrings(int maxStrings) => Invariant($"共有文字列の数が上限の {maxStrings:N0} 個を超えています");

    public static string TooMuchText(int maxChars) => Invariant($"文字数が合計で上限の {maxChars:N0} 文字を超えています");

    public static string TooManyStyles(int maxStyles) => Invariant($"書式の数が上限の {maxStyles:N0} 個を超えています");

    public static string TooManyElements(long maxElements) => Invariant($"XML の要素の数が上限の {maxElements:N0} 個を超えています");

    public static string Dtd(string part) => $"{NotXlsxPrefix}部品 {Shown(part)} に DTD（文書型宣言）があります。Excel が保存したファイルにはありません";

    public static string BrokenPart(string part, string problem) => $"{NotXlsxPrefix}部品 {Shown(part)} の{problem}";

    public static string TooManyRows(int maxRows) => Invariant($"データ行が上限の {maxRows:N0} 行を超えています");

    public static string UnknownColumn(string columnLetter) =>
        $"テンプレートにない列です（{columnLetter} 列）: 列名を直すか、列を削除してください";

    public static string DuplicateColumn(IEnumerable<string> columnLetters) =>
        $"同じ列名が {string.Join("・", columnLetters)} 列にあります";

    public static string UnnamedColumnWithData(string columnLetter, int firstRow) =>
        Invariant($"{columnLetter} 列に列名がありませんが、値があります（行 {firstRow} など）: 列名を入れるか、値を消してください");

    public static string MergedCells(string range) => $"セル {range} が結合されています: 結合を解除してください";

    public static string Formula(string address, string formula) =>
        $"セル {address} は数式（={Shown(formula)}）です: 値に置き換えてください";

    public static string UnknownKind(string text) => $"「{Shown(text)}」は不明な種別です";

    public static string NotFlag(string text) => $"「{Shown(text)}」は ○ か × で入力してください（有/無、はい/いいえ、TRUE/FALSE、1/0 も使えます）";

    public static string NotDate(string text) => $"「{Shown(text)}」は日付として読めません: 2024-04-01 か 2024/4/1 の形で入力してください";

    public static string UnknownStatus(string text) => $"「{Shown(text)}」は不明な状態です: 指定中 か 指定取消 を入力してください";

    /// <summary>Shortens and escapes a value from the file so that a message quoting it stays readable.</summary>
    private static string Shown(string value)
    {
        var shown = value.Length > 40 ? value[..40] + "…" : value;
        return string.Concat(shown.Select(c => char.IsControl(c) ? Invariant($"\\u{(int)c:X4}") : c.ToString()));
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
