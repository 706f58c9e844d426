// Interface labels in English and Arabic; the Arabic interface runs right to left.
// Data (actor names, places, article text) is shown as stored, whatever the language.

// One number format per language, made once: every cluster on the map is counted in its title.
const formats = {};
const count = (lang, n) => (formats[lang] ??= new Intl.NumberFormat(lang)).format(n);

const labels = {
  en: {
    switchTo: 'العربية', tabEvents: 'Events', tabActors: 'Actors', download: 'Download the selection:',
    downloadCsv: 'ACLED CSV', downloadGeojson: 'GeoJSON', filters: 'Filters', since: 'From', until: 'To',
    country: 'Country', admin1: 'Region (admin1)', type: 'Event type', subType: 'Sub-event type', actor: 'Actor',
    text: 'Text (Arabic, French, English)', reset: 'Clear filters', any: 'Any',
    weekly: 'Events per week — drag across the bars to choose dates', allDates: 'All dates',
    colDate: 'Date', colType: 'Type', colActor1: 'Actor 1', colActor2: 'Actor 2', colPlace: 'Place',
    colFatalities: 'Fatalities', colSources: 'Sources', previous: 'Previous', next: 'Next', close: 'Close',
    events: n => `${count('en', n)} events`, page: (from, to, total) => `${from}–${to} of ${total}`,
    noEvents: 'No events match these filters.', unplaced: n => `${n} without coordinates`,
    fatalities: 'Fatalities', abducted: 'Abducted', ransom: 'Ransom', date: 'Date', precision: 'precision',
    place: 'Place', actor1: 'Actor 1', actor2: 'Actor 2', associated: 'Associated', confidence: 'Confidence',
    notes: 'Notes', historical: 'Background (historical)', yes: 'yes', sources: 'Sources', source: 'Source',
    published: 'Published', openOriginal: 'original', evidence: 'Evidence', eventEvidence: 'the event',
    legendTypes: 'Event types', legendSize: 'Size: fatalities', network: 'Relations between actors',
    noRelations: 'No relations are stored yet; lines join the two sides of incidents.',
    eventsOfActor: 'Show this actor’s events', actorEvents: n => `${n} events`, relations: 'Relations',
    showEvidence: 'evidence', chooseActor: 'Choose an actor in the network.', loading: 'Loading…',
    relationEvidence: 'The text behind the relation',
    kindGroup: 'Group or force', kindPerson: 'Person', knownAs: 'Also known as:', career: 'Career', reported: 'reported',
    undated: 'undated', noActorRelations: 'No article states a relation of this actor.', actorPage: 'Open the actor’s page',
    fields: { event_type: 'act', actor1: 'actor 1', actor2: 'actor 2', event_date: 'date', location: 'place', fatalities: 'fatalities', abducted: 'abducted', ransom_amount: 'ransom' },
    types: {},
    subTypes: {},
    predicates: {
      leader_of: 'leader of', member_of: 'member of', formerly_member_of: 'formerly member of', served_under: 'served under',
      defected_to: 'defected to', killed_by: 'killed by', allied_with: 'allied with', claimed: 'claimed', incidents: 'incidents between',
    },
  },
  ar: {
    switchTo: 'English', tabEvents: 'الأحداث', tabActors: 'الفاعلون', download: 'تنزيل المحدد:',
    downloadCsv: 'ACLED CSV', downloadGeojson: 'GeoJSON', filters: 'التصفية', since: 'من', until: 'إلى',
    country: 'البلد', admin1: 'الإقليم', type: 'نوع الحدث', subType: 'النوع الفرعي', actor: 'الفاعل',
    text: 'نص (عربي، فرنسي، إنجليزي)', reset: 'مسح التصفية', any: 'الكل',
    weekly: 'الأحداث في كل أسبوع — اسحب فوق الأعمدة لاختيار التواريخ', allDates: 'كل التواريخ',
    colDate: 'التاريخ', colType: 'النوع', colActor1: 'الفاعل 1', colActor2: 'الفاعل 2', colPlace: 'المكان',
    colFatalities: 'القتلى', colSources: 'المصادر', previous: 'السابق', next: 'التالي', close: 'إغلاق',
    events: n => `${count('ar', n)} حدثًا`, page: (from, to, total) => `${from}–${to} من ${total}`,
    noEvents: 'لا أحداث تطابق هذه التصفية.', unplaced: n => `${n} بلا إحداثيات`,
    fatalities: 'القتلى', abducted: 'المختطفون', ransom: 'الفدية', date: 'التاريخ', precision: 'الدقة',
    place: 'المكان', actor1: 'الفاعل 1', actor2: 'الفاعل 2', associated: 'المرتبطون', confidence: 'الثقة',
    notes: 'ملاحظات', historical: 'خلفية (حدث سابق)', yes: 'نعم', sources: 'المصادر', source: 'المصدر',
    published: 'تاريخ النشر', openOriginal: 'الأصل', evidence: 'الدليل', eventEvidence: 'الحدث',
    legendTypes: 'أنواع الأحداث', legendSize: 'الحجم: عدد القتلى', network: 'العلاقات بين الفاعلين',
    noRelations: 'لا علاقات مخزنة بعد؛ الخطوط تصل بين طرفي الأحداث.',
    eventsOfActor: 'عرض أحداث هذا الفاعل', actorEvents: n => `${n} حدثًا`, relations: 'العلاقات',
    showEvidence: 'الدليل', chooseActor: 'اختر فاعلًا في الشبكة.', loading: 'جارٍ التحميل…',
    relationEvidence: 'النص الذي تستند إليه العلاقة',
    kindGroup: 'جماعة أو قوة', kindPerson: 'شخص', knownAs: 'يُعرف أيضًا باسم:', career: 'المسار', reported: 'ورد في',
    undated: 'بلا تاريخ', noActorRelations: 'لا يذكر أي مقال علاقة لهذا الفاعل.', actorPage: 'فتح صفحة الفاعل',
    fields: { event_type: 'الفعل', actor1: 'الفاعل 1', actor2: 'الفاعل 2', event_date: 'التاريخ', location: 'المكان', fatalities: 'القتلى', abducted: 'المختطفون', ransom_amount: 'الفدية' },
    types: {
      'Battles': 'معارك', 'Explosions/Remote violence': 'انفجارات/عنف عن بعد', 'Violence against civilians': 'عنف ضد المدنيين',
      'Protests': 'احتجاجات', 'Riots': 'أعمال شغب', 'Strategic developments': 'تطورات استراتيجية',
    },
    subTypes: {
      'Armed clash': 'اشتباك مسلح', 'Government regains territory': 'استعادة الحكومة لأراضٍ', 'Non-state actor overtakes territory': 'سيطرة فاعل غير حكومي على أراضٍ',
      'Chemical weapon': 'سلاح كيميائي', 'Air/drone strike': 'غارة جوية/بمسيّرة', 'Suicide bomb': 'تفجير انتحاري',
      'Shelling/artillery/missile attack': 'قصف مدفعي/صاروخي', 'Remote explosive/landmine/IED': 'عبوة ناسفة/لغم', 'Grenade': 'قنبلة يدوية',
      'Sexual violence': 'عنف جنسي', 'Attack': 'هجوم', 'Abduction/forced disappearance': 'اختطاف/إخفاء قسري',
      'Peaceful protest': 'احتجاج سلمي', 'Protest with intervention': 'احتجاج مع تدخل', 'Excessive force against protesters': 'قوة مفرطة ضد المحتجين',
      'Violent demonstration': 'مظاهرة عنيفة', 'Mob violence': 'عنف جماعي',
      'Agreement': 'اتفاق', 'Arrests': 'اعتقالات', 'Change to group/activity': 'تغير في الجماعة/نشاطها', 'Disrupted weapons use': 'إحباط استخدام سلاح',
      'Headquarters or base established': 'إقامة مقر أو قاعدة', 'Looting/property destruction': 'نهب/تدمير ممتلكات',
      'Non-violent transfer of territory': 'انتقال أراضٍ دون عنف', 'Other': 'أخرى',
    },
    predicates: {
      leader_of: 'قائد', member_of: 'عضو في', formerly_member_of: 'عضو سابق في', served_under: 'خدم تحت إمرة',
      defected_to: 'انشق إلى', killed_by: 'قُتل على يد', allied_with: 'متحالف مع', claimed: 'تبنّى', incidents: 'أحداث بين',
    },
  },
};

let language = localStorage.getItem('marsad.language') === 'ar' ? 'ar' : 'en';
const listeners = [];

export const currentLanguage = () => language;

export function t(key, ...args) {
  const value = labels[language][key] ?? labels.en[key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
}

export const typeName = type => labels[language].types[type] ?? type;
export const subTypeName = sub => labels[language].subTypes[sub] ?? sub;
export const predicateName = predicate => labels[language].predicates[predicate] ?? predicate;
export const fieldName = field => labels[language].fields[field] ?? field;

export function onLanguage(listener) {
  listeners.push(listener);
}

export function setLanguage(next) {
  language = next;
  localStorage.setItem('marsad.language', next);
  document.documentElement.lang = next;
  document.documentElement.dir = next === 'ar' ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  for (const listener of listeners) listener(next);
}
