/**
 * What a text says of a person's gender, so that "she" is not resolved to the latest man: courtesy titles,
 * gendered role words, and common first names. Unknown is the usual answer, and then any person may match.
 */
export type Gender = 'female' | 'male' | undefined;

const FEMALE_NAMES = new Set(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail
alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
charlotte marie kayla alexis lori hillary nikki condoleezza kamala nancy elena sophie chloe anne claire julia
ines lucia sanne karin dana amara angela ursula marine christine theresa jacinda giorgia sanna mette kaja
annalena ilse nadia tsai yulia svetlana natalia olga irina tatiana valentina fatima aisha amina leila zainab
priya sunita indira sheikh hasina benazir aung suu carla paula silvia francesca giulia chiara ana carmen pilar
rosa beatriz fernanda gabriela daniela valeria camila lucy rose hazel ella mia ava zoe ivy nina elise ingrid
astrid birgit petra heike sabine ulrike greta
`.trim().split(/\s+/));

const MALE_NAMES = new Set(`
james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian
keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe
logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene
mike bill bernie barack ted marco jeb rand chris tom tim jim bob dick newt mitt lindsey rick ben hank luke
vladimir sergei sergey dmitry yuri boris igor alexei nikolai ivan viktor emmanuel olaf angelo pedro pieter
marco luca giuseppe francesco antonio carlos luis miguel jorge manuel javier diego pablo hans klaus jurgen
wolfgang friedrich lars erik anders olav mohammed muhammad ahmed ali hassan hussein omar khalid abdullah
benjamin yair naftali recep xi li wang narendra rahul shinzo fumio kim moon
`.trim().split(/\s+/));

const FEMALE_WORDS = /\b(mrs|ms|miss|madam|madame|lady|queen|princess|duchess|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|sister|mother|wife|daughter|grandmother|actress|her majesty)\b\.?/i;
const MALE_WORDS = /\b(mr|sir|lord|king|prince|duke|spokesman|chairman|congressman|businessman|councilman|brother|father|husband|son|grandfather|actor|his majesty)\b\.?/i;

/** The gender the article's words give a person: its aliases (with titles and roles) first, then the first name. */
export function genderOf(name: string, descriptions: Iterable<string>): Gender {
  for (const description of descriptions) {
    if (FEMALE_WORDS.test(description)) return 'female';
    if (MALE_WORDS.test(description)) return 'male';
  }
  const first = name.split(/\s+/)[0]!.toLowerCase();
  if (FEMALE_NAMES.has(first) && !MALE_NAMES.has(first)) return 'female';
  if (MALE_NAMES.has(first) && !FEMALE_NAMES.has(first)) return 'male';
  return undefined;
}

/** Whether a word is a common first name ("Michael Jordan": the country after it is a surname). */
export function isFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  return FEMALE_NAMES.has(lower) || MALE_NAMES.has(lower);
}
