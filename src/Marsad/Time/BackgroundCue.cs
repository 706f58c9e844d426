namespace Marsad.Time;

/// <summary>The kind of construction that tells background rather than news.</summary>
public enum BackgroundCueKind
{
    /// <summary>كان قد، كانت … قد، avait été, had been: an event before the one being told.</summary>
    Pluperfect,

    /// <summary>سبق أن: it had happened before.</summary>
    Previously,

    /// <summary>منذ، depuis, since: a state that began earlier.</summary>
    Since,

    /// <summary>آنذاك، حينها، à l'époque, at the time: back then.</summary>
    Then,

    /// <summary>ذكرى، إحياء، anniversaire, anniversary: an old event remembered.</summary>
    Anniversary,

    /// <summary>يعيد إلى الأذهان، rappelle: an old event recalled by a new one.</summary>
    Recall,

    /// <summary>الذي قتل، قبل مقتله: a past event told in a relative clause about a person.</summary>
    RelativePast,

    /// <summary>قبل سنوات، il y a … ans, years ago.</summary>
    YearsAgo,

    /// <summary>تأسس، fondé en, founded in, broke away: a group's founding or split.</summary>
    Founding,

    /// <summary>يأتي … بعد، survient … après, comes … after: what follows is an earlier event the news is set against.</summary>
    ComesAfter,

    /// <summary>
    /// "في ديسمبر الماضي"، "العام الماضي", « en décembre dernier », "last year" in an article whose own date is unknown: a month
    /// or year the text itself sets in the past, which cannot be dated but is not the news of the day.
    /// </summary>
    PastPeriod,

    /// <summary>survient … semaines après, comes … months after: the earlier event lies weeks or more before the news: a known one it refers back to is past even undated.</summary>
    ComesLongAfter,

    /// <summary>سرعان ما، بعد ذلك، peu après, soon after: a later step of the story told just before, of its time (news or background).</summary>
    Afterwards,

    /// <summary>
    /// الأكثر دموية منذ، le plus meurtrier depuis, the deadliest since: the news measured against a time or an event before it;
    /// what follows the cue is past, the news it qualifies is not.
    /// </summary>
    Comparison,
}

/// <summary>A background construction found in a document.</summary>
/// <param name="Span">Original-text offsets of the cue words.</param>
/// <param name="FirstToken">First token of the cue.</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="Kind">What kind of background it tells.</param>
public sealed record BackgroundCue(TextSpan Span, int FirstToken, int EndToken, BackgroundCueKind Kind);
