/** Titles written before a name ("Defense Minister Ana Ruiz"); longest first when matched. */
export const NAME_TITLES = [
  'Vice President', 'President', 'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister',
  'Defense Minister', 'Defence Minister', 'Interior Minister', 'Finance Minister', 'Minister',
  'Secretary of State', 'Defense Secretary', 'Defence Secretary', 'Secretary-General', 'Secretary General',
  'Secretary', 'Chancellor', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Governor', 'Gov.', 'Mayor',
  'General', 'Gen.', 'Lt. Gen.', 'Admiral', 'Adm.', 'Colonel', 'Col.', 'Major', 'Captain', 'Capt.',
  'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Ambassador', 'Judge', 'Justice', 'Chief Justice',
  'Speaker', 'Spokesman', 'Spokeswoman', 'Commissioner', 'Director', 'Chairman', 'Chairwoman', 'Chair',
  'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.', 'Professor', 'Sheikh', 'Ayatollah', 'Crown Prince', 'Emir',
];

/**
 * Last words of titles that may carry any qualifier before them ("Agriculture Minister", "Deputy Mayor",
 * "Chief Engineer"): everything up to such a word, before a name, is the title.
 */
export const TITLE_HEADS = new Set([
  'President', 'Minister', 'Secretary', 'Chancellor', 'Senator', 'Governor', 'Mayor', 'Councillor', 'Councilor',
  'Councilman', 'Councilwoman', 'Alderman', 'Ambassador', 'General', 'Admiral', 'Director', 'Chairman',
  'Chairwoman', 'Chair', 'Commissioner', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Judge', 'Justice',
  'Professor', 'Chief', 'Officer', 'Inspector', 'Detective', 'Sergeant', 'Captain', 'Coach', 'Engineer',
  'Economist', 'Analyst', 'Attorney', 'Lawyer', 'Prosecutor', 'Envoy', 'Representative', 'Commander',
  'Leader', 'Speaker', 'Premier', 'Treasurer', 'Auditor', 'Sheriff', 'Superintendent', 'Dean', 'Rabbi',
  'Bishop', 'Archbishop', 'Cardinal', 'Imam', 'Reverend', 'CEO', 'Founder', 'Manager', 'Adviser', 'Advisor',
  'Sen.', 'Rep.', 'Gov.', 'Gen.', 'Col.', 'Capt.', 'Lt.', 'Sgt.', 'Adm.', 'Dr.', 'Prof.', 'Mr.', 'Mrs.', 'Ms.',
]);

/** Role descriptors written in lower case ("national security adviser Jane Doe", "a Kremlin aide"). */
export const ROLE_DESCRIPTORS = [
  'national security adviser', 'national security advisor', 'defense secretary', 'defence secretary',
  'secretary of state', 'foreign minister', 'defense minister', 'defence minister', 'prime minister',
  'vice president', 'president', 'press secretary', 'chief of staff', 'spokesman', 'spokeswoman',
  'spokesperson', 'aide', 'adviser', 'advisor', 'ambassador', 'envoy', 'minister', 'secretary', 'senator',
  'lawmaker', 'official', 'diplomat', 'general', 'commander', 'chief', 'director', 'analyst', 'lawyer',
  'attorney', 'chairman', 'leader', 'governor', 'mayor', 'negotiator', 'correspondent', 'editor',
  'chief executive', 'executive', 'manager', 'coach', 'captain', 'economist', 'professor', 'researcher',
  'founder', 'owner', 'chairwoman', 'commissioner', 'prosecutor', 'judge', 'inspector', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'candidate', 'activist', 'campaigner', 'scientist', 'doctor',
];

/** Verbs that report speech, with or without "that". Base forms; inflections are matched by `speechVerbForms`. */
export const SPEECH_VERBS = [
  'say', 'tell', 'accuse', 'cite', 'call', 'conclude', 'warn', 'claim', 'state', 'add', 'argue', 'insist',
  'deny', 'announce', 'explain', 'note', 'stress', 'suggest', 'urge', 'declare', 'assert', 'contend',
  'acknowledge', 'admit', 'predict', 'promise', 'vow', 'reply', 'respond', 'write', 'tweet', 'allege', 'retort',
  'confirm', 'report', 'remark', 'reiterate', 'emphasize', 'emphasise', 'caution', 'complain', 'describe', 'dismiss',
  'criticize', 'criticise', 'condemn', 'demand', 'propose', 'estimate', 'testify', 'concede', 'recall',
  'signal', 'indicate', 'hint', 'pledge', 'maintain', 'observe', 'forecast',
];

/**
 * More speech acts, from the cues of real news (PolNeAR train). Unlike the verbs above, a bare clause after them
 * is not taken on trust: they report words through "that", a particle, a listener or their object.
 */
export const MORE_SPEECH_VERBS = [
  'ask', 'praise', 'question', 'mention', 'point', 'attack', 'reject', 'quip', 'joke', 'recommend', 'post',
  'blast', 'slam', 'defend', 'reveal', 'denounce', 'blame', 'mock', 'echo', 'assure', 'reassure', 'request',
  'tout', 'decry', 'threaten', 'lament', 'disclose', 'retweet', 'shout', 'boast', 'brag', 'talk', 'speak',
  'comment', 'remind', 'answer', 'inform', 'advise', 'apologize', 'apologise', 'plead', 'chant',
  'scream', 'muse', 'confess', 'reaffirm', 'affirm', 'repeat', 'counter', 'rebut', 'refute', 'dispute',
  'clarify', 'elaborate', 'opine', 'proclaim', 'exclaim', 'lambaste', 'chide', 'scold', 'ridicule', 'fault',
  'hail', 'laud', 'applaud', 'rail', 'speculate', 'reason', 'theorize', 'recount', 'relate',
  'notify', 'guarantee', 'swear', 'reminisce', 'concur', 'agree', 'disagree', 'object', 'protest', 'complain', 'whisper',
  'yell', 'mutter', 'grumble', 'continue', 'find', 'show', 'acknowledge', 'charge', 'allege', 'contend', 'assert',
];

/** Verbs whose object is what was said when no clause follows: "praised the governor's record on jobs". */
export const OBJECT_VERBS = new Set([
  'criticize', 'criticise', 'condemn', 'dismiss', 'describe', 'demand', 'propose', 'deny', 'acknowledge', 'admit',
  'confirm', 'recall', 'praise', 'attack', 'reject', 'blast', 'slam', 'defend', 'reveal', 'denounce', 'blame',
  'mock', 'echo', 'tout', 'decry', 'disclose', 'mention', 'question', 'recommend', 'request',
  'lambaste', 'chide', 'scold', 'ridicule', 'fault', 'hail', 'laud', 'applaud', 'repeat', 'reaffirm', 'dispute',
  'refute', 'rebut', 'lament', 'threaten', 'promise', 'pledge', 'vow', 'predict', 'forecast', 'estimate', 'cite',
]);

/** Verbs that name their listener before what was said: "assured donors that …", "asked the senator whether …". */
export const AUDIENCE_VERBS = new Set(['tell', 'assure', 'reassure', 'remind', 'inform', 'warn', 'advise', 'ask', 'urge', 'promise', 'brief', 'notify', 'caution', 'guarantee']);

/** Particles after which the reported words start, per verb: "talked about …", "pointed out that …", "warned against …". */
export const SPEECH_PARTICLES = new Map<string, Set<string>>(
  Object.entries({
    talk: 'about of on out', speak: 'about of out against', write: 'about of on', complain: 'about of',
    joke: 'about', boast: 'about of', brag: 'about of', muse: 'about on', testify: 'about on', comment: 'on about',
    tweet: 'about on', post: 'about on', rail: 'against at about', warn: 'about of against', caution: 'about against',
    point: 'out to', call: 'for on out', ask: 'about for', hint: 'at', argue: 'against for', speculate: 'about on',
    reminisce: 'about', lament: 'about', protest: 'against', object: 'to', agree: 'with', disagree: 'with',
    apologize: 'for', apologise: 'for', plead: 'for', elaborate: 'on', vow: 'to', pledge: 'to', promise: 'to',
  }).map(([verb, particles]) => [verb, new Set(particles.split(' '))]),
);

const IRREGULAR: Record<string, string[]> = {
  speak: ['speak', 'speaks', 'spoke', 'speaking', 'spoken'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  swear: ['swear', 'swears', 'swore', 'sworn', 'swearing'],
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
};

/** Every inflected form of the speech verbs, mapped to the base form. */
export const speechVerbForms: Map<string, string> = new Map(
  [...SPEECH_VERBS, ...MORE_SPEECH_VERBS].flatMap((verb) => {
    const forms = IRREGULAR[verb] ?? regularForms(verb);
    return forms.map((form) => [form, verb] as [string, string]);
  }),
);

function regularForms(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const third = /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const past = /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
  const doubled = /^(admit|regret|quip|rebut|chat)$/.test(verb) ? `${verb}${verb.at(-1)}` : stem;
  return [verb, third, past, `${doubled}ed`, `${doubled}ing`, `${stem}ing`];
}

/** Words that look capitalized in news text but are not names. */
export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His',
  'Her', 'Their', 'Our', 'My', 'Its', 'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'If', 'As', 'After',
  'Before', 'When', 'While', 'Just', 'Asked', 'However', 'Sometimes', 'Of', 'Do', 'Right', 'Now', 'Yet',
  'There', 'Here', 'Some', 'Many', 'Most', 'All', 'No', 'Not', 'Why', 'What', 'Who', 'How', 'Where',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  'Mr', 'Mrs', 'Ms', 'Also', 'Meanwhile', 'According', 'Still', 'Even', 'So', 'Then', 'Today',
  'Yesterday', 'Tomorrow', 'Last', 'Next', 'Earlier', 'Later', 'Both', 'Each', 'Every', 'Such', 'Since',
  'Although', 'Though', 'Because', 'Until', 'With', 'Without', 'From', 'To', 'By', 'Over', 'Under',
  'Speaking', 'Despite', 'Among', 'Once', 'Instead', 'Further', 'Furthermore', 'Moreover', 'Of course',
  // number words open sentences about shares of people polled ("Six in 10 say …"): counts, not names
  'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Nearly', 'Almost', 'About', 'Roughly',
]);

export const MONTHS_AND_DAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/** Two-word verbs of reply: "shot back", "fired back", "hit back". */
export const REPLY_PHRASES = /^(shot|shoots|shoot|fired|fires|fire|hit|hits|snapped|snaps|pushed|pushes) back$/;

/** Words that mark a reply: a statement introduced by one of these answers the statement before it. */
export const REPLY_VERBS = new Set(['reply', 'respond', 'retort']);

/** Plural nouns for groups that speak or listen as one: "witnesses said", "told reporters". */
export const GROUP_NOUN = /^(reporters|journalists|lawmakers|legislators|students|supporters|parliament|delegates|members|officials|diplomats|troops|crowd|audience|senators|voters|investors|viewers|listeners|residents|analysts|experts|economists|witnesses|sources|people|observers|critics|farmers|workers|parents|teachers|nurses|protesters|demonstrators|villagers|families|victims|survivors|fans|players|shareholders|employees|customers|activists|researchers|scientists|doctors|police|prosecutors|investigators|authorities)$/;

/** Words that open a subordinate clause before the sentence's main one: "Although she said …, she …". */
export const SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'because', 'since', 'if', 'when', 'even', 'as']);
