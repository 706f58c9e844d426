using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Marsad.Events.Assembly;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Actors;

/// <summary>
/// Persons: known ones by any alias (data/actors/persons.tsv); unknown ones after a cue (القيادي،
/// الزعيم، المدعو…) or starting with a known given name (موسى مومن); and later mentions of an
/// unknown person by the last part of the name (مومن). A name runs over name-like words up to four,
/// and stops at punctuation, a function word or any word another layer has claimed. French and English
/// names are read after their own cues (see <c>PersonRecognizer.Latin.cs</c>).
/// </summary>
public sealed partial class PersonRecognizer
{
    private const int MaxNameTokens = 4;
    private readonly PhraseMatcher<Person> _known;
    private readonly Dictionary<Language, PhraseMatcher<PersonRole?>> _cues;

    // The plural titles of person_cues.tsv (`names` = list): "leaders of G, X and Y" names several persons.
    private readonly HashSet<string> _listTitles;
    private readonly Dictionary<string, NameKind> _names;
    private readonly HashSet<string> _stopwords;
    private readonly HashSet<string> _particles;
    private readonly HashSet<string> _notNames;
    private readonly HashSet<string> _demonyms;
    private readonly Dictionary<string, List<(string[] Words, Person Person)>> _aliasesByFirstWord;
    private readonly Dictionary<string, string> _latinNames;
    private readonly LatinLetters _letters;
    private readonly ActorCatalog _actors;
    private readonly SyntaxWords _syntax;

    private PersonRecognizer(List<(string Alias, Person Person)> known, Dictionary<Language, PhraseMatcher<PersonRole?>> cues, Dictionary<string, NameKind> names, HashSet<string> stopwords,
        HashSet<string> particles, (HashSet<string> NotNames, HashSet<string> Demonyms) words, (Dictionary<string, string> Names, LatinLetters Letters) latin, ActorCatalog actors, SyntaxWords syntax, HashSet<string> listTitles)
    {
        _listTitles = listTitles;
        (_notNames, _demonyms) = words;
        (_latinNames, _letters) = latin;
        _known = new PhraseMatcher<Person>(known);
        _aliasesByFirstWord = AliasesByFirstWord(known);
        _cues = cues;
        _names = names;
        _stopwords = stopwords;
        _particles = particles;
        _actors = actors;
        _syntax = syntax;
    }

    private enum NameKind
    {
        Given,
        AmbiguousGiven,
        Family,
        Particle,
    }

    public static PersonRecognizer Load(ResourceStore store, ActorCatalog actors)
    {
        var known = new List<(string, Person)>();
        foreach (var row in TsvTable.Read(store, "actors/persons.tsv", "id", "name", "aliases_ar", "aliases_latin", "group", "role", "fate").Rows)
        {
            var person = new Person(row["id"], row["name"], row.Optional("group"), row.Optional("role"), row.Optional("fate"), row.Optional("from"));
            known.Add((person.Name, person));
            known.AddRange(row.List("aliases_ar").Concat(row.List("aliases_latin")).Select(alias => (alias, person)));
        }

        known.AddRange(KunyaCaseForms(store, known));
        known.AddRange(FusedParticleForms(store, known));
        known.AddRange(LatinSpellingForms(store, known));

        var cues = new[] { (Language.Arabic, "ar"), (Language.French, "fr"), (Language.English, "en") }.ToDictionary(l => l.Item1, l => new PhraseMatcher<PersonRole?>(
            TsvTable.Read(store, $"lexicon/{l.Item2}/person_cues.tsv", "phrase", "role").Rows.Select(row => (row["phrase"], row["role"] == "alias"
                ? (PersonRole?)null
                : Enum.TryParse<PersonRole>(row["role"], ignoreCase: true, out var role) ? role : throw row.Fail($"unknown role '{row["role"]}'")))));
        var names = new Dictionary<string, NameKind>(StringComparer.Ordinal);
        var latinNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(store, "lexicon/ar/given_names.tsv", "name_ar", "latin", "kind").Rows)
        {
            latinNames.TryAdd(CharFolding.Fold(row["name_ar"]), row.List("latin")[0]);
            var kind = row["kind"] switch
            {
                "given" => NameKind.Given,
                "ambiguous_given" => NameKind.AmbiguousGiven,
                "family" => NameKind.Family,
                "particle" => NameKind.Particle,
                var other => throw row.Fail($"unknown name kind '{other}'"),
            };
            names.TryAdd(CharFolding.Fold(row["name_ar"]), kind);
        }

        var stopwords = TsvTable.Read(store, "lexicon/ar/stopwords.tsv", "word").Rows.Select(row => CharFolding.Fold(row["word"])).ToHashSet(StringComparer.Ordinal);
        var particles = TsvTable.Read(store, "lexicon/name_particles.tsv", "particle").Rows.Select(row => CharFolding.Fold(row["particle"])).ToHashSet(StringComparer.Ordinal);
        var demonyms = TsvTable.Read(store, "countries.tsv", "demonyms_ar").Rows.SelectMany(row => row.List("demonyms_ar")).Select(CharFolding.Fold).ToHashSet(StringComparer.Ordinal);
        return new PersonRecognizer(known, cues, names, stopwords, particles, (NotNames(store, actors, names), demonyms), (latinNames, LatinLetters.Load(store)),
            actors, SyntaxWords.Load(store), ListTitles(store));
    }

    /// <summary>
    /// "أن أبا مصعب X", "زعيم الجماعة أبي بكر X": every Arabic alias with a kunya, spelled with the kunya in its other cases
    /// (<c>lexicon/ar/kunya_cases.tsv</c>), so that the declined name is the same catalogued person.
    /// </summary>
    private static List<(string, Person)> KunyaCaseForms(ResourceStore store, List<(string Alias, Person Person)> known)
    {
        var forms = TsvTable.Read(store, "lexicon/ar/kunya_cases.tsv", "form", "nominative").Rows
            .Select(row => (Form: row["form"], Nominative: CharFolding.Fold(row["nominative"]))).ToList();
        return known.Where(k => k.Alias.Any(CharFolding.IsArabicLetter)).SelectMany(k =>
        {
            var words = k.Alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return forms.Where(f => words.Any(w => CharFolding.Fold(w) == f.Nominative))
                .Select(f => (string.Join(' ', words.Select(w => CharFolding.Fold(w) == f.Nominative ? f.Form : w)), k.Person));
        }).ToList();
    }

    /// <summary>
    /// "عبدالمالك X", "أبوعبيدة X": every Arabic alias with a particle news often writes joined to the next word
    /// (<c>lexicon/ar/fused_particles.tsv</c>), also spelled with that particle joined, so that the fused name is the same person.
    /// </summary>
    private static List<(string, Person)> FusedParticleForms(ResourceStore store, List<(string Alias, Person Person)> known)
    {
        var particles = TsvTable.Read(store, "lexicon/ar/fused_particles.tsv", "particle").Rows.Select(row => CharFolding.Fold(row["particle"])).ToHashSet(StringComparer.Ordinal);
        return known.Where(k => k.Alias.Any(CharFolding.IsArabicLetter)).SelectMany(k =>
        {
            var words = k.Alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return Enumerable.Range(0, words.Length - 1).Where(i => particles.Contains(CharFolding.Fold(words[i])))
                .Select(i => (string.Join(' ', words[..i].Append(words[i] + words[i + 1]).Concat(words[(i + 2)..])), k.Person));
        }).ToList();
    }

    private static readonly string[] LatinLanguages = ["fr", "en"];

    /// <summary>The folded titles of the French and English <c>person_cues.tsv</c> that may be followed by several names.</summary>
    private static HashSet<string> ListTitles(ResourceStore store) => LatinLanguages
        .SelectMany(language => TsvTable.Read(store, $"lexicon/{language}/person_cues.tsv", "phrase", "role").Rows)
        .Where(row => row.Optional("names") is { } names && (names == "list" ? true : throw row.Fail($"unknown names '{names}'")))
        .Select(row => CharFolding.Fold(row["phrase"])).ToHashSet(StringComparer.Ordinal);

    // Spellings of one alias generated at most: a name has few words with other spellings.
    private const int MaxSpellingForms = 16;

    /// <summary>
    /// "Abu Oualid el-Sahraoui" for a catalogued "Abou Walid al-Sahraoui": every Latin alias, spelled with its words in the other
    /// spellings wires use (<c>lexicon/latin_spellings.tsv</c>), so that a name written another way is the same catalogued person.
    /// </summary>
    private static List<(string, Person)> LatinSpellingForms(ResourceStore store, List<(string Alias, Person Person)> known)
    {
        var spellingsOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(store, "lexicon/latin_spellings.tsv", "spellings").Rows)
        {
            var spellings = row.List("spellings").Select(CharFolding.Fold).ToArray();
            foreach (var spelling in spellings.Where(spelling => !spellingsOf.TryAdd(spelling, spellings)))
            {
                throw row.Fail($"'{spelling}' is listed twice");
            }
        }

        return known.Where(k => !k.Alias.Any(CharFolding.IsArabicLetter)).SelectMany(k =>
        {
            // Words and the spaces and hyphens between them, which stay as written.
            IEnumerable<string> forms = [""];
            foreach (var part in Regex.Split(k.Alias, "([ -])"))
            {
                var alternatives = spellingsOf.GetValueOrDefault(CharFolding.Fold(part)) ?? [part];
                forms = forms.SelectMany(form => alternatives.Select(word => form + word)).Take(MaxSpellingForms).ToList();
            }

            return forms.Where(form => CharFolding.Fold(form) != CharFolding.Fold(k.Alias)).Select(form => (form, k.Person));
        }).ToList();
    }

    /// <param name="doc">The document.</param>
    /// <param name="claimed">Tokens other layers have claimed (actors, triggers, places, dates, numbers): never part of a name.</param>
    /// <param name="actors">Actor mentions, for the group a cue ties a person to (القيادي في تنظيم الدولة …).</param>
    public ImmutableArray<PersonMention> Recognize(TextDocument doc, bool[] claimed, ImmutableArray<ActorMention> actors)
    {
        var found = new List<PersonMention>();
        var taken = (bool[])claimed.Clone();
        // Two spellings of one person can match the same words ("الشيخ أغ أوسا" and "شيخ أغ أوسا" on the article's
        // reading): one mention, the one that keeps the whole written word.
        foreach (var match in _known.FindLongest(doc).DistinctBy(m => (m.FirstToken, m.Payload.Id)))
        {
            var person = match.Payload;
            found.Add(new PersonMention(match.FirstToken, match.EndToken, doc.SpanOfFolded(match.NormStart, match.NormEnd), person.Name, person, null, _actors.ById(person.GroupId)));
            Array.Fill(taken, true, match.FirstToken, match.TokenCount);
        }

        var actorAt = actors.ToDictionary(a => a.FirstToken);
        if (doc.Language != Language.Arabic)
        {
            return _cues.TryGetValue(doc.Language, out var latinCues) ? RecognizeLatin(doc, found, taken, latinCues.FindLongest(doc), actors, actorAt) : [.. found.OrderBy(p => p.FirstToken)];
        }

        var cues = _cues[Language.Arabic].FindLongest(doc);
        foreach (var cue in cues)
        {
            Array.Fill(taken, true, cue.FirstToken, cue.TokenCount);
        }

        (PersonRole Role, Actor? Group, int End)? lastRole = null;
        foreach (var cue in cues)
        {
            var next = cue.EndToken;
            Actor? group = null;
            var referredBack = false;
            var skip = next;
            while (skip < doc.Tokens.Length && skip - next < 2 && (_stopwords.Contains(doc.TokenString(skip)) || _notNames.Contains(doc.TokenString(skip)) && !(actorAt.TryGetValue(skip, out var named) && named.Actor is { IsTemplate: false }))
                   && doc.TokenText(skip) is not ("في" or "من"))
            {
                skip++; // adjectives after the title: "قياديا محليا في الجماعة", "القائد العسكري لـ«الجماعة»"
            }

            if (GroupAfterTitle(doc, skip, actorAt) is { } titled)
            {
                (group, next, referredBack) = (titled.Actor, AfterEpithets(doc, titled.EndToken), titled.IsAnaphor);
            }

            var role = cue.Payload;
            if (role is { } title && title != PersonRole.Other)
            {
                lastRole = (title, group, next);
            }
            else if (role == PersonRole.Other && lastRole is { } before && cue.FirstToken - before.End <= 3)
            {
                // "قياديا محليا في الجماعة يدعى «أبو عائشة»": the name after يدعى takes the title before it.
                (role, group) = (before.Role, before.Group);
            }

            var titleEnd = next;
            next = SkipPunctuation(doc, next, "–-«»\"“”،,");
            var knownAt = found.FindIndex(p => p.FirstToken == next && p.Known is not null);
            if (knownAt >= 0 && JoinedListItem(doc, titleEnd, next, found[knownAt]))
            {
                continue; // "أمير كتيبة X، وعمر الفلاني نائب …": the title was the name's before it
            }

            if (knownAt >= 0 && role is { } knownRole && knownRole != PersonRole.Other && group is not null)
            {
                // "زعيم أنصار الدين، إياد أغ غالي": a catalogued person takes the title the text gives him; "الزعيم الجديد للجماعة X"
                // reads "the group" back to the last one named, which yields to the group the catalogue knows him in.
                found[knownAt] = found[knownAt] with { Role = knownRole, Group = referredBack && found[knownAt].Group is { } catalogued ? catalogued : group };
                continue;
            }

            // A title before words no list knows ("برتبة كابتن", a verb) names nobody; "يدعى X" may name anyone.
            if (ReadName(doc, next, taken, cued: true) is not { } name || cue.Payload != PersonRole.Other && !HasListedWord(doc, name))
            {
                continue;
            }

            Array.Fill(taken, true, name.First, name.End - name.First);
            if (role is { } known)
            {
                found.Add(Mention(doc, name, known, group));
            }
        }

        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            if (!taken[i] && IsGiven(doc, i) && ReadName(doc, i, taken, cued: false) is { } read && read.End - read.First >= 2)
            {
                var name = WithGivenNameBefore(doc, read, taken);
                found.Add(Mention(doc, name, null, null));
                Array.Fill(taken, true, name.First, name.End - name.First);
                i = name.End - 1;
            }
        }

        found.AddRange(LaterMentionsBySurname(doc, found, taken));
        return [.. found.Select(p => p.Role is null && p.Group is null ? WithApposition(doc, p, cues, actorAt) : p).Select(p => WithFullName(p, found)).Select(p => WithKunyaOfFullName(doc, p, found)).OrderBy(p => p.FirstToken)];
    }

    /// <summary>A name after a comma with "و" on its first word (its span starts past the token's start) opens the next item of a list.</summary>
    private static bool JoinedListItem(TextDocument doc, int titleEnd, int nameToken, PersonMention person) =>
        Enumerable.Range(titleEnd, nameToken - titleEnd).Any(doc.IsComma)
        && doc.TokenText(nameToken).StartsWith('و') && person.Span.Start > doc.SpanOfTokens(nameToken, nameToken + 1).Start;

    /// <summary>
    /// The group a title names: "القيادي في الجماعة", "القائد العسكري لـ«الجماعة»", or straight after it as its
    /// complement ("زعيم أنصار الدين"); a group the actor layer named, never a kind of actor.
    /// </summary>
    private static ActorMention? GroupAfterTitle(TextDocument doc, int token, Dictionary<int, ActorMention> actorAt)
    {
        var at = token < doc.Tokens.Length && doc.TokenText(token) is "في" or "ب" or "من" or "ل" or "لـ" ? token + 1 : token;
        at = SkipPunctuation(doc, at, "«»\"“”");
        return actorAt.TryGetValue(at, out var group) && group.Actor is { IsTemplate: false } ? group : null;
    }

    /// <summary>
    /// "أمير جماعة «أنصار الإسلام» البوركينية المتشددة، X": the group's own adjectives (a demonym, a word never in a name)
    /// come between the title's group and the name it is given to.
    /// </summary>
    private int AfterEpithets(TextDocument doc, int token)
    {
        var first = SkipPunctuation(doc, token, "«»\"“”");
        var end = first;
        for (var taken = 0; taken < MaxEpithets && end < doc.Tokens.Length && doc.Tokens[end].Kind == TokenKind.Arabic && !_names.ContainsKey(doc.TokenString(end))
                            && (_demonyms.Contains(doc.TokenString(end)) || _notNames.Contains(doc.TokenString(end))); taken++)
        {
            end++;
        }

        return end > first ? end : token;
    }

    private const int MaxEpithets = 2;

    /// <summary>"X، أحد أبرز قادة داعش", "X المعروف بلقب «Y»، القيادي في Z": a title right after the name.</summary>
    private static PersonMention WithApposition(TextDocument doc, PersonMention person, List<PhraseMatch<PersonRole?>> cues, Dictionary<int, ActorMention> actorAt)
    {
        var title = cues.FirstOrDefault(c => c.FirstToken >= person.EndToken && c.FirstToken - person.EndToken <= 6 && c.Payload is { } role && role != PersonRole.Other
                                             && doc.SentenceOf(c.FirstToken) == doc.SentenceOf(person.FirstToken));
        if (title.Payload is not { } found)
        {
            return person;
        }

        for (var t = title.EndToken; t < title.EndToken + 3 && t < doc.Tokens.Length; t++)
        {
            if (actorAt.TryGetValue(t, out var group) && group.Actor is { IsTemplate: false })
            {
                return person with { Role = found, Group = group.Actor };
            }
        }

        return person;
    }

    /// <summary>"وقال أغ محمدو" after "سليمان أغ محمدو": the end of a full name given earlier is that person.</summary>
    private static PersonMention WithFullName(PersonMention person, List<PersonMention> found) =>
        found.FirstOrDefault(full => full.FirstToken < person.FirstToken && full.Name.EndsWith(" " + person.Name, StringComparison.Ordinal)) is { } earlier
            ? person with { Name = earlier.Name, Known = person.Known ?? earlier.Known }
            : person;

    /// <summary>
    /// "ويعد أبو عبيدة من كبار قادة التنظيم" after "أبو عبيدة يوسف العنابي": a kunya alone that opens a longer name given earlier is
    /// that person, as the last name alone is (<see cref="LaterMentionsBySurname"/>).
    /// </summary>
    private PersonMention WithKunyaOfFullName(TextDocument doc, PersonMention person, List<PersonMention> found)
    {
        var words = FoldedWords(doc, person);
        if (person.Known is not null || words.Length != 2 || !IsNameParticle(words[0]))
        {
            return person;
        }

        return found.FirstOrDefault(full => full.FirstToken < person.FirstToken && FoldedWords(doc, full) is { Length: > 2 } fullWords && fullWords.AsSpan(0, 2).SequenceEqual(words)) is { } earlier
            ? person with { Name = earlier.Name, Known = earlier.Known }
            : person;
    }

    /// <summary>The words of a mention as written, folded, without the clitic before it.</summary>
    private static string[] FoldedWords(TextDocument doc, PersonMention person) =>
        CharFolding.Fold(doc.OriginalText(person.Span)).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// "وبدأ مومن نشاطه": the last name alone, after the full name was given; the first person told with that last name, a
    /// catalogued one too ("أبو مصعب البرناوي … البرناوي" is still he when his father's full name came between).
    /// </summary>
    private static IEnumerable<PersonMention> LaterMentionsBySurname(TextDocument doc, List<PersonMention> found, bool[] taken)
    {
        var bySurname = new Dictionary<string, PersonMention>(StringComparer.Ordinal);
        foreach (var person in found.Where(p => p.EndToken - p.FirstToken >= 2).OrderBy(p => p.FirstToken))
        {
            bySurname.TryAdd(doc.TokenString(person.EndToken - 1), person);
        }

        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            if (taken[i] || doc.Tokens[i].Kind != TokenKind.Arabic)
            {
                continue;
            }

            foreach (var reading in doc.Readings(i))
            {
                if (bySurname.TryGetValue(reading.Stem, out var person) && person.FirstToken < i)
                {
                    var start = doc.Tokens[i].NormStart + reading.StemStart;
                    yield return person with { FirstToken = i, EndToken = i + 1, Span = doc.SpanOfFolded(start, doc.Tokens[i].NormEnd) };
                    break;
                }
            }
        }
    }

    /// <summary>A given name, or a kunya (أبو حذيفة): a particle followed by a given name.</summary>
    private bool IsGiven(TextDocument doc, int index) =>
        doc.Tokens[index].Kind == TokenKind.Arabic && doc.Readings(index).Any(r => r.Prefix is "" or "و" or "ف" && _names.TryGetValue(r.Stem, out var kind)
            && (kind == NameKind.Given || kind == NameKind.Particle && index + 1 < doc.Tokens.Length && _names.TryGetValue(doc.TokenString(index + 1), out var next) && next is NameKind.Given or NameKind.AmbiguousGiven));

    /// <summary>
    /// A name from <paramref name="start"/>: listed names and particles freely, and words nobody
    /// listed sparingly — two after a cue, one after a given name — since a name must not swallow
    /// the words that follow it.
    /// </summary>
    private (int First, int End, int PrefixLength)? ReadName(TextDocument doc, int start, bool[] taken, bool cued)
    {
        var end = start;
        var prefixLength = 0;
        var unknownLeft = cued ? 2 : 1;
        var afterParticle = false;
        // After a particle (أغ بيلا، ولد باري) a word is a name even where a village is spelled the same.
        while (end < doc.Tokens.Length && end - start < MaxNameTokens && doc.Tokens[end].Kind == TokenKind.Arabic && (!taken[end] || afterParticle))
        {
            var word = doc.TokenString(end);
            if (end == start && !cued)
            {
                // The first word may carry و or ف: "وموسى مومن".
                var reading = doc.Readings(end).FirstOrDefault(r => r.Prefix is "" or "و" or "ف" && _names.ContainsKey(r.Stem));
                if (reading.Stem is null)
                {
                    break;
                }

                (word, prefixLength) = (reading.Stem, reading.StemStart);
            }

            if (_stopwords.Contains(word) || NotAName(doc, end))
            {
                break;
            }

            if (!_names.TryGetValue(word, out var listed))
            {
                // A name does not start with the article (الكلمة), takes it only after a particle (أغ القاسم),
                // on a known name or on a nisba (الماسيني، المنكاوي); and only so many unlisted words fit.
                var article = word.StartsWith("ال", StringComparison.Ordinal);
                if (article && (end == start || !afterParticle && !_names.ContainsKey(word[2..]) && !word.EndsWith('ي')) || unknownLeft == 0)
                {
                    break;
                }

                unknownLeft--;
            }

            afterParticle = listed == NameKind.Particle && _names.ContainsKey(word);
            end++;
        }

        // A particle (أغ، ولد، أبو) cannot end a name.
        while (end > start && IsNameParticle(doc.TokenString(end - 1)))
        {
            end--;
        }

        return end > start ? (start, end, prefixLength) : null;
    }

    private bool HasListedWord(TextDocument doc, (int First, int End, int PrefixLength) name)
    {
        for (var i = name.First; i < name.End; i++)
        {
            if (_names.ContainsKey(doc.TokenString(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipPunctuation(TextDocument doc, int index, string punctuation)
    {
        while (index < doc.Tokens.Length && doc.Tokens[index].Kind == TokenKind.Punct && punctuation.Contains(doc.Folded[doc.Tokens[index].NormStart], StringComparison.Ordinal))
        {
            index++;
        }

        return index;
    }

    private PersonMention Mention(TextDocument doc, (int First, int End, int PrefixLength) name, PersonRole? role, Actor? group)
    {
        var span = doc.SpanOfFolded(doc.Tokens[name.First].NormStart + name.PrefixLength, doc.Tokens[name.End - 1].NormEnd);
        return CatalogueSpelling(doc, name) is { } known
            // As for a name the catalogue spells: a title without its group leaves him in his catalogued group, untitled.
            ? new PersonMention(name.First, name.End, span, known.Name, known, group is null ? null : role, group ?? _actors.ById(known.GroupId))
            : new PersonMention(name.First, name.End, span, Latin(Display(doc.OriginalText(span))), null, role, group);
    }

    /// <summary>The name as written, without diacritics, tatweel or bidi marks.</summary>
    private static string Display(string original)
    {
        var text = new StringBuilder(original.Length);
        foreach (var c in original)
        {
            if (!CharFolding.IsArabicMark(c) && c != '\u0640' && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                text.Append(c);
            }
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
