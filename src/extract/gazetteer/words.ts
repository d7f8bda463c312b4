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

/** Verbs that report speech. Base forms; inflections are matched by `speechVerbForms`. */
export const SPEECH_VERBS = [
  'say', 'tell', 'accuse', 'cite', 'call', 'conclude', 'warn', 'claim', 'state', 'add', 'argue', 'insist',
  'deny', 'announce', 'explain', 'note', 'stress', 'suggest', 'urge', 'declare', 'assert', 'contend',
  'acknowledge', 'admit', 'predict', 'promise', 'vow', 'reply', 'respond', 'write', 'tweet', 'allege', 'retort',
  'confirm', 'report', 'remark', 'reiterate', 'emphasize', 'emphasise', 'caution', 'complain', 'describe', 'dismiss',
  'criticize', 'criticise', 'condemn', 'demand', 'propose', 'estimate', 'testify', 'concede', 'recall',
  'signal', 'indicate', 'hint', 'pledge', 'maintain', 'observe', 'forecast',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
};

/** Every inflected form of the speech verbs, mapped to the base form. */
export const speechVerbForms: Map<string, string> = new Map(
  SPEECH_VERBS.flatMap((verb) => {
    const forms = IRREGULAR[verb] ?? regularForms(verb);
    return forms.map((form) => [form, verb] as [string, string]);
  }),
);

function regularForms(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const third = /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const past = /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
  const doubled = /^(admit|regret)$/.test(verb) ? `${verb}${verb.at(-1)}` : stem;
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
]);

export const MONTHS_AND_DAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/** Two-word verbs of reply: "shot back", "fired back", "hit back". */
export const REPLY_PHRASES = /^(shot|shoots|shoot|fired|fires|fire|hit|hits|snapped|snaps|pushed|pushes) back$/;

/** Words that mark a reply: a statement introduced by one of these answers the statement before it. */
export const REPLY_VERBS = new Set(['reply', 'respond', 'retort']);

/** Plural nouns for groups that speak or listen as one: "witnesses said", "told reporters". */
export const GROUP_NOUN = /^(reporters|journalists|lawmakers|legislators|students|supporters|parliament|delegates|members|officials|diplomats|troops|crowd|audience|senators|voters|investors|viewers|listeners|residents|analysts|experts|economists|witnesses|sources|people|observers|critics|farmers|workers|parents|teachers|nurses|protesters|demonstrators|villagers|families|victims|survivors|fans|players|shareholders|employees|customers|activists|researchers|scientists|doctors|police|prosecutors|investigators|authorities)$/;
