import { describe, expect, it } from 'vitest';
import { annotate, readable } from '../support/extract.ts';

describe('DIRECT statements', () => {
  it('finds a quote with the speaker after it, and the audience', () => {
    const [statement] = readable(annotate('“We will not retreat,” Defense Minister Omar Haddad told parliament on Sunday.'));
    expect(statement).toMatchObject({ speaker: 'Omar Haddad', kind: 'DIRECT', text: 'We will not retreat' });
  });

  it('finds the speaker before a colon and through a pronoun', () => {
    const statements = readable(
      annotate('Chancellor Greta Hahn visited Warsaw. “The border stays open,” she said.', 'Hahn said: “Poland is our closest partner.”'),
    );
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['Greta Hahn', 'The border stays open'],
      ['Greta Hahn', 'Poland is our closest partner.'],
    ]);
    expect(statements[1]!.about).toEqual(['Poland']);
  });

  it('keeps a partial quote inside reported speech, without the sentence’s period', () => {
    const statements = readable(annotate('Mayor Ben Cole accused the company of acting “recklessly.”'));
    expect(statements.find((statement) => statement.kind === 'DIRECT')).toMatchObject({ speaker: 'Ben Cole', text: 'recklessly' });
  });

  it('does not take a quoted book title for a statement', () => {
    const statements = readable(annotate('The senator’s book “The Long Road Home” sold well, Senator Ann Park said in an interview.'));
    expect(statements.filter((statement) => statement.kind === 'DIRECT')).toEqual([]);
  });

  it('reads a transcript line: name, colon, quote', () => {
    const [statement] = readable(annotate('Governor Li Na: "Schools reopen on Monday."'));
    expect(statement).toMatchObject({ speaker: 'Li Na', kind: 'DIRECT', text: 'Schools reopen on Monday.' });
  });
});

describe('INDIRECT statements', () => {
  it('reads "X said (that) …" with the reported content as the text', () => {
    const [statement] = readable(annotate('Prime Minister Sara Lind said that Sweden would raise its defense budget.'));
    expect(statement).toMatchObject({ speaker: 'Sara Lind', kind: 'INDIRECT', text: 'Sweden would raise its defense budget', about: ['Sweden'] });
  });

  it('reads "X told Y that …" with Y as the audience', () => {
    const [statement] = readable(annotate('General Paul Weir told the Senate that Iran was rebuilding its missile sites.'));
    expect(statement).toMatchObject({ speaker: 'Paul Weir', audience: ['Senate'], text: 'Iran was rebuilding its missile sites' });
  });

  it('reads "X accused Y of …" with Y among what it is about', () => {
    const [statement] = readable(annotate('Foreign Minister Ana Ruiz accused Venezuela of rigging the vote.'));
    expect(statement).toMatchObject({ speaker: 'Ana Ruiz', text: 'rigging the vote', about: ['Venezuela'] });
  });

  it('reads "according to X" at either end of the sentence', () => {
    const statements = readable(
      annotate('Exports fell by a tenth last year, according to the World Bank.', 'According to the IMF, growth will slow in Germany.'),
    );
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['World Bank', 'Exports fell by a tenth last year'],
      ['International Monetary Fund', 'growth will slow in Germany'],
    ]);
  });

  it('ignores negated and relative-clause uses of "said"', () => {
    expect(readable(annotate('Minister Jon Berg did not say whether Norway would join.'))).toEqual([]);
    expect(readable(annotate('The plan, which critics said was too costly, passed the vote.'))).toEqual([]);
  });

  it('resolves a role descriptor in a lede to the speaker named next', () => {
    const statements = readable(
      annotate('Germany’s finance minister has said that taxes will not rise.', '“We have no plans for new taxes,” Klaus Becker told reporters.'),
    );
    expect(statements.map((statement) => statement.speaker)).toEqual(['Klaus Becker', 'Klaus Becker']);
  });
});

describe('reportedBy and replies', () => {
  it('takes the agency from "quoted by" and "X quoted Y as saying"', () => {
    const statements = readable(
      annotate(
        '“Sanctions will backfire,” Deputy Minister Ivan Petrov was quoted as saying by RIA Novosti.',
        '“Talks are over,” Xinhua quoted Premier Wu Lei as saying.',
      ),
    );
    expect(statements.map((statement) => [statement.speaker, statement.reportedBy])).toEqual([
      ['Ivan Petrov', 'RIA Novosti'],
      ['Wu Lei', 'Xinhua'],
    ]);
  });

  it('attributes the paragraphs after an "<Outlet> reports:" line to the outlet', () => {
    const statements = readable(annotate('Bloomberg reports:', 'Finance Minister Lee Han said exports would recover.'));
    expect(statements[0]).toMatchObject({ speaker: 'Lee Han', reportedBy: 'Bloomberg' });
  });

  it('links "prompted a reply from X" and "X shot back" to the statement answered', () => {
    const statements = readable(
      annotate(
        'President Alma Reyes said Chile would nationalize lithium mines.',
        'That prompted a sharp reply from Senator Diego Mora. “This will scare away every investor,” he said.',
        'Reyes shot back: “Investors will adapt.”',
      ),
    );
    expect(statements.map((statement) => [statement.speaker, statement.replyTo])).toEqual([
      ['Alma Reyes', null],
      ['Diego Mora', 'Alma Reyes'],
      ['Alma Reyes', 'Diego Mora'],
    ]);
  });

  it('makes each reader comment a COMMENT by a commenter, with replies linked', () => {
    const annotation = annotate('Prime Minister Sara Lind said taxes would fall.\n\n  • reader1\n\n    Good news.\n\n    • reader2\n\n      Not for everyone.');
    const comments = readable(annotation).filter((statement) => statement.kind === 'COMMENT');
    expect(comments).toEqual([
      expect.objectContaining({ speaker: 'reader1', text: 'Good news.', replyTo: null }),
      expect.objectContaining({ speaker: 'reader2', text: 'Not for everyone.', replyTo: 'reader1' }),
    ]);
    expect(annotation.entities.find((entity) => entity.name === 'reader1')?.commenter).toBe(true);
  });

  it('keeps every statement’s text equal to its slice of the article text', () => {
    const annotation = annotate('“We will not retreat,” Defense Minister Omar Haddad told parliament.', 'Haddad said the army was ready.');
    for (const statement of annotation.statements) {
      expect(annotation.article.text.slice(statement.start, statement.end)).toBe(statement.text);
    }
  });
});

describe('wire-copy patterns', () => {
  it('reads a trailing attribution: "…, Reuters reported."', () => {
    const [statement] = readable(annotate('Shares of Globex fell 3 percent in early trading, Reuters reported.'));
    expect(statement).toMatchObject({ speaker: 'Reuters', kind: 'INDIRECT', text: 'Shares of Globex fell 3 percent in early trading', about: ['Globex'] });
  });

  it('skips "in a statement" before "that", and takes a participle clause for the main subject', () => {
    const statements = readable(
      annotate(
        'The Interior Ministry said in a statement that the border would reopen.',
        'The Justice Department on Tuesday sued Initech, accusing the company of hiding losses.',
      ),
    );
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['Interior Ministry', 'the border would reopen'],
      ['Justice Department', 'hiding losses'],
    ]);
  });

  it('does not report "said at a news conference" after a quote as reported speech', () => {
    const statements = readable(annotate('“No company is above the law,” Attorney General Ann Cole said at a news conference in Boston.'));
    expect(statements.map((statement) => statement.kind)).toEqual(['DIRECT']);
  });

  it('reads names with particles and relative clauses with "whose"', () => {
    const statements = readable(
      annotate('Commission President Ursula von der Leyen, whose term ends in May, called the result “a missed opportunity.”'),
    );
    expect(statements[0]).toMatchObject({ speaker: 'Ursula von der Leyen', kind: 'DIRECT', text: 'a missed opportunity' });
  });

  it('lets a group speak: "according to diplomats"', () => {
    const [statement] = readable(annotate('According to diplomats, the talks will resume in March.'));
    expect(statement).toMatchObject({ speaker: 'diplomats', text: 'the talks will resume in March' });
  });
});

describe('subjects', () => {
  it('lets a group noun speak and skips an appositive or participle clause before the verb', () => {
    const statements = readable(
      annotate(
        'Crowds gathered outside the palace on Sunday, witnesses said.',
        'President Ana Silva, speaking at a rally in Porto, said the reform would pass.',
        'Tom Reed, a lawyer for the family, said the case was closed.',
      ),
    );
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['witnesses', 'Crowds gathered outside the palace on Sunday'],
      ['Ana Silva', 'the reform would pass'],
      ['Tom Reed', 'the case was closed'],
    ]);
  });

  it('splits two coordinated speech verbs into two statements by the same speaker', () => {
    const statements = readable(annotate('Senator Mia Holt accused the agency of wasting money and called for an audit.'));
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['Mia Holt', 'wasting money'],
      ['Mia Holt', 'an audit'],
    ]);
  });
});

describe('quotation conventions', () => {
  it('reads a quote that runs over paragraphs (no closing mark at the first paragraph’s end)', () => {
    const statements = readable(annotate('“I gave everything to this club. I leave with my head held high.', '“The fans deserve better,” coach Erik Lund told reporters.'));
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['Erik Lund', 'I gave everything to this club. I leave with my head held high.'],
      ['Erik Lund', 'The fans deserve better'],
    ]);
  });

  it('reads British single quotes but not apostrophes', () => {
    const statements = readable(annotate('‘This was not a decision we took lightly,’ chief executive Omar Nasser said. The players’ union didn’t comment.'));
    expect(statements.map((statement) => [statement.speaker, statement.kind, statement.text])).toEqual([
      ['Omar Nasser', 'DIRECT', 'This was not a decision we took lightly'],
    ]);
  });

  it('reads a closing mark typed as the opening one (after a space or an invisible direction mark, glued to a word)', () => {
    const statements = readable(annotate('\u202a”Children are gifts from God and are to be protected,” said Jane Doe.'));
    expect(statements.map((statement) => [statement.speaker, statement.kind, statement.text])).toEqual([['Jane Doe', 'DIRECT', 'Children are gifts from God and are to be protected']]);
  });

  it('resolves "the club" to the organization named before it', () => {
    const [statement] = readable(annotate('Leeds United have sacked their coach after a 4-0 defeat, the club announced on Monday.'));
    expect(statement).toMatchObject({ speaker: 'Leeds United', text: 'Leeds United have sacked their coach after a 4-0 defeat' });
  });
});

describe('more reporting patterns', () => {
  it('reads "told reporters <clause>" without "that", and names with hyphens and abbreviated titles', () => {
    const statements = readable(annotate('Press secretary Anne Marie-Claire told reporters the administration was reviewing the text.', 'Republican Sen. Tom Hale denied that he had met the lobbyists.'));
    expect(statements.map((statement) => [statement.speaker, statement.text, statement.audience])).toEqual([
      ['Anne Marie-Claire', 'the administration was reviewing the text', ['reporters']],
      ['Tom Hale', 'he had met the lobbyists', []],
    ]);
  });

  it('does not take the object of "criticized" for reported words, but reads the participle clause after it', () => {
    const statements = readable(annotate('Senator Tom Hale criticized the plan, arguing that it would hand China an advantage.'));
    expect(statements.map((statement) => statement.text)).toEqual(['it would hand China an advantage']);
  });

  it('finds the subject before an inserted clause that holds commas', () => {
    const [statement] = readable(annotate('Ann Lee, a scientist at the University of Oslo, Norway, called the bill “a first step.”'));
    expect(statement).toMatchObject({ speaker: 'Ann Lee', kind: 'DIRECT', text: 'a first step' });
  });
});

describe('unnamed and collective sources', () => {
  it('keeps an unnamed source owned by an organization as its own speaker, not the next named person', () => {
    const statements = readable(
      annotate('“We are ready,” a senior Hamas official told the BBC. “But talks are slow.”', 'Prime Minister Ana Ruiz’s office said in a statement that the offer stood.'),
    );
    expect(statements.map((statement) => [statement.speaker, statement.text, statement.reportedBy])).toEqual([
      ['Hamas official', 'We are ready', 'BBC'],
      ['Hamas official', 'But talks are slow.', 'BBC'],
      ['Ana Ruiz’s office', 'the offer stood', null],
    ]);
  });

  it('reads an attribution set off by commas mid-sentence, a group with its nationality, and names with "al-"', () => {
    const statements = readable(
      annotate(
        'Negotiators left Cairo without a deal, Egyptian officials said, after two days of talks.',
        'Spokesman Majed al-Ansari said mediators were hopeful.',
        'Talks will resume next week, according to a diplomat briefed on the negotiations.',
      ),
    );
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['Egyptian officials', 'Negotiators left Cairo without a deal'],
      ['Majed al-Ansari', 'mediators were hopeful'],
      ['diplomat', 'Talks will resume next week'],
    ]);
  });
});

describe('naming verbs and coordinated clauses', () => {
  it('takes "called it “…”" for words, but "a film called “…”" in title case for a title', () => {
    const words = readable(annotate('The summit’s president, Omar Saleh, called the deal “a historic package.”'));
    expect(words).toEqual([expect.objectContaining({ speaker: 'Omar Saleh', kind: 'DIRECT', text: 'a historic package' })]);
    const title = readable(annotate('Director Ana Lind said a film called “The Quiet Sea” would open in May.'));
    expect(title.filter((statement) => statement.kind === 'DIRECT')).toEqual([]);
  });

  it('gives "X praised the deal but warned that …" to X', () => {
    const [statement] = readable(annotate('Envoy John Reed praised the agreement but warned that the hard work was still ahead.'));
    expect(statement).toMatchObject({ speaker: 'John Reed', text: 'the hard work was still ahead' });
  });
});

describe('unquoted transcript lines', () => {
  it('reads a speaker in capitals opening a paragraph ("FALLIN:", "KATE BOULDUAN:"), not "BREAKING:" or "Q:"', () => {
    const found = readable(annotate('TAPPER: Do you think he has campaigned as a healer?\n\nKATE BOULDUAN: Why not debate this week?\n\nBREAKING: The senate voted on the plan.\n\nQ: Have you talked to her?'));
    expect(found).toEqual([
      expect.objectContaining({ speaker: 'Tapper', text: 'Do you think he has campaigned as a healer?' }),
      expect.objectContaining({ speaker: 'Kate Boulduan', text: 'Why not debate this week?' }),
    ]);
  });

  it('reads "Name: words" paragraphs as that person’s words, and not an outlet line', () => {
    const statements = readable(annotate('Councillor Ann Lee: The budget is too small.', 'Lee: We need more money for roads.', 'Reuters reports:', 'The vote failed, officials said.'));
    expect(statements.map((statement) => [statement.speaker, statement.kind, statement.text])).toEqual([
      ['Ann Lee', 'DIRECT', 'The budget is too small.'],
      ['Ann Lee', 'DIRECT', 'We need more money for roads.'],
      ['officials', 'INDIRECT', 'The vote failed'],
    ]);
  });
});

describe('company news patterns', () => {
  it('reads appositives on either side of the name, employers as organizations, and "the company said in a filing, …"', () => {
    const statements = readable(
      annotate(
        'Globex plans to cut 2,000 jobs, the company said in a filing on Thursday, as sales slump.',
        'Hank Scorpio, Globex’s chief executive, said the decision was painful.',
        'The head of the workers’ union, Maria Gomez, said members would strike.',
        'The cuts will mostly hit sales, according to people familiar with the matter.',
        'In an interview with the Financial Times, finance chief Ben Ode says the company will save $1 billion.',
      ),
    );
    expect(statements.map((statement) => [statement.speaker, statement.text, statement.reportedBy])).toEqual([
      ['Globex', 'Globex plans to cut 2,000 jobs', null],
      ['Hank Scorpio', 'the decision was painful', null],
      ['Maria Gomez', 'members would strike', null],
      ['people', 'The cuts will mostly hit sales', null],
      ['Ben Ode', 'the company will save $1 billion', 'Financial Times'],
    ]);
  });
});

describe('pronouns for organizations and groups', () => {
  it('gives "It said" and "They said" at a sentence start to the organization named last', () => {
    const statements = readable(
      annotate('The Health Ministry confirmed two new cases on Monday. It said both patients were stable.', 'Police arrested three men. They said the men had fled.'),
    );
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['Health Ministry', 'both patients were stable'],
      ['police', 'the men had fled'],
    ]);
  });
});

describe('feature-story patterns', () => {
  it('skips a time phrase before "that", splits ", but farmers complain …", and reads "X estimates that"', () => {
    const statements = readable(
      annotate(
        'The weather agency warned last week that rains could be delayed.',
        'Officials at the agriculture ministry say they are handing out seeds, but farmers complain the help arrives too late.',
        'The World Food Programme estimates that two million people will need aid.',
      ),
    );
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['weather agency', 'rains could be delayed'],
      ['agriculture ministry', 'they are handing out seeds'],
      ['farmers', 'the help arrives too late'],
      ['World Food Programme', 'two million people will need aid'],
    ]);
  });

  it('does not fail on "According to X" with nothing after it', () => {
    expect(readable(annotate('Talks failed. According to the European Commission'))).toEqual([]);
  });
});

describe('pronouns that respect gender', () => {
  it('gives "she" to the latest woman, not the latest man', () => {
    const statements = readable(annotate('Senator Maria Lopez met Governor John Smith on Monday. Smith said the plan was dead. She said the plan would pass.'));
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['John Smith', 'the plan was dead'],
      ['Maria Lopez', 'the plan would pass'],
    ]);
  });

  it('reads gender from courtesy titles and role words when the first name says nothing', () => {
    const statements = readable(annotate('Ms. Okoro, the spokeswoman, stood beside Mr. Adeyemi. Adeyemi spoke first. “We will appeal,” she said.'));
    expect(statements.map((statement) => statement.speaker)).toEqual(['Okoro']);
  });
});

describe('one claim by two speakers', () => {
  it('gives "X and Y said" a statement for each speaker, with distinct ids', () => {
    const annotation = annotate('The United States and Ukraine said the talks in Geneva had made progress.');
    const statements = readable(annotation);
    expect(statements.map((statement) => statement.speaker).sort()).toEqual(['Ukraine', 'United States']);
    expect(new Set(statements.map((statement) => statement.text)).size).toBe(1);
    expect(new Set(annotation.statements.map((statement) => statement.id)).size).toBe(2);
  });
});

describe('what is not reported speech', () => {
  it('takes no time and place phrase for words ("said Thursday during a visit")', () => {
    const statements = readable(annotate('Senator Tim Hale said Thursday during a visit to the border.'));
    expect(statements).toEqual([]);
  });

  it('takes the quotation, not the scene before it, in "At a rally in Iowa, X said, “…”"', () => {
    const statements = readable(annotate('At a rally in Iowa on Monday, Senator Tim Hale said, “We will win this state.”'));
    expect(statements.map((statement) => statement.kind)).toEqual(['DIRECT']);
    expect(statements[0]!.text).toMatch(/^We will win this state/);
  });
});

describe('the speaker after an inverted verb, behind a description', () => {
  it('is the person a title describes, not a party the title names ("said Democratic strategist X")', () => {
    const statements = readable(annotate('The endorsement could matter more for identity politics than for his clout in Boston, said Democratic strategist Hank Sheinford.'));
    expect(statements).toEqual([
      expect.objectContaining({ kind: 'INDIRECT', speaker: 'Hank Sheinford', text: 'The endorsement could matter more for identity politics than for his clout in Boston' }),
    ]);
  });

  it('is the person named in the appositive ("said a former spokesman for X, Jane Doe, who …")', () => {
    const statements = readable(annotate("He had a voice in decisions about investments in Ukraine, said a former spokesman for Ukraine's Foreign Ministry, Oleg Vasylenko, who worked with him."));
    expect(statements[0]).toEqual(expect.objectContaining({ speaker: 'Oleg Vasylenko', text: 'He had a voice in decisions about investments in Ukraine' }));
  });
});

describe('"according to" at the head of a sentence', () => {
  it('takes what follows the phrase’s comma, and the person the phrase names', () => {
    const statements = readable(annotate('According to USA TODAY contributor and monetary historian Dana Marsh, interest rates have moved in opposite directions seven times.'));
    expect(statements[0]).toEqual(expect.objectContaining({ speaker: 'Dana Marsh', text: 'interest rates have moved in opposite directions seven times' }));
  });

  it('reads it after a conjunction ("But according to reports, …")', () => {
    const statements = readable(annotate('But according to reports emerging in the media, he could not convince the family that he was still an asset.'));
    expect(statements[0]).toEqual(expect.objectContaining({ kind: 'INDIRECT', text: 'he could not convince the family that he was still an asset' }));
    expect(readable(annotate('But, according to the poll, 46 percent of voters remain undecided.'))[0]).toEqual(expect.objectContaining({ text: '46 percent of voters remain undecided' }));
  });

  it('names an unnamed official by the role and its owner ("according to a senior Hamas official")', () => {
    expect(readable(annotate('According to a senior Hamas official, the talks failed.'))[0]).toEqual(expect.objectContaining({ speaker: 'Hamas official', text: 'the talks failed' }));
  });

  it('takes the words on both sides of a mid-sentence "according to" after an opening clause', () => {
    expect(readable(annotate('While most were marked confidential, according to an official, two were upgraded to secret.'))[0]).toEqual(
      expect.objectContaining({ text: 'While most were marked confidential, according to an official, two were upgraded to secret' }),
    );
  });
});

describe('"told" with a pronoun listener and no "that"', () => {
  it('takes the clause right after the pronoun ("told him he had …")', () => {
    const statements = readable(annotate('Immigration officials told him he had never been a citizen.'));
    expect(statements[0]).toEqual(expect.objectContaining({ kind: 'INDIRECT', text: 'he had never been a citizen' }));
  });

  it('takes no request for words ("told them to leave")', () => {
    expect(readable(annotate('Governor Ann Pryce told them to leave.'))).toEqual([]);
  });
});

describe('a time clause inside the reported words', () => {
  it('keeps "said that after the attacks, X was …" (after "that" it is content, not when it was said)', () => {
    const statements = readable(annotate('Senator Ada Reyes said that after the attacks, the veteran was ready to reenlist.'));
    expect(statements[0]).toEqual(expect.objectContaining({ kind: 'INDIRECT', text: 'after the attacks, the veteran was ready to reenlist' }));
    expect(readable(annotate('Senator Ada Reyes said after the meeting.'))).toEqual([]);
  });
});

describe('"X, a description, says that Y, who …"', () => {
  it('is X speaking about Y: "that" opens what was said, and the relative clause attributes nothing', () => {
    const statements = readable(annotate('Playing Field Partners, a sports talent agency, says that Dunmore, who charges high speaking fees, has lost close to $100,000.'));
    expect(statements).toEqual([
      expect.objectContaining({ speaker: 'Playing Field Partners', text: 'Dunmore, who charges high speaking fees, has lost close to $100,000' }),
    ]);
  });
});

describe('quotes introduced by any verb', () => {
  it('gives a whole quote after "subject verb," or "subject verb:" to the subject, whatever the verb', () => {
    expect(readable(annotate('Silverman interjected, “Ladies and gentlemen, the next act.”'))).toEqual([expect.objectContaining({ speaker: 'Silverman', kind: 'DIRECT' })]);
    expect(readable(annotate('During the debate, Jane Doe cracked, “I’m a progressive who likes to get things done.”'))).toEqual([
      expect.objectContaining({ speaker: 'Jane Doe', text: 'I’m a progressive who likes to get things done' }),
    ]);
    // a noun before the comma introduces nothing
    expect(readable(annotate('He held up the sign, “Hispanics for the mayor.”'))).toEqual([]);
  });
});

describe('clauses around the attribution', () => {
  it('ends the words of an attribution in an opening subordinate clause where the main clause begins', () => {
    expect(readable(annotate('Jane Doe spoke on Monday. Although in September she said her decision was a mistake, she did not apologize.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'her decision was a mistake' }),
    );
    expect(readable(annotate('While Ramos said that journalists cannot have any political affiliation, he appears uneasy.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Ramos', text: 'journalists cannot have any political affiliation' }),
    );
    // a main verb's content keeps its own clauses
    expect(readable(annotate('Jane Doe said that if the plan fails, she will resign.'))[0]).toEqual(expect.objectContaining({ text: 'if the plan fails, she will resign' }));
  });

  it('reads a participle after a dash as the main subject speaking ("dismissed the claims — saying …")', () => {
    expect(readable(annotate('Jane Doe dismissed the accusations — saying the other campaign chose not to accept the same help.'))).toEqual([
      expect.objectContaining({ speaker: 'Jane Doe', text: 'the other campaign chose not to accept the same help' }),
    ]);
  });

  it('reports words two verbs share once', () => {
    expect(readable(annotate('Jane Doe spoke on Monday. Doe said in politics it takes time but added that she supports the bill.')).filter((statement) => statement.text === 'she supports the bill')).toHaveLength(1);
  });
});

describe('subjects and words the tagger misreads', () => {
  it('reads a clause opening with "the" as words, not a time ("said the family deserved better", "deserved" tagged a noun)', () => {
    expect(readable(annotate('Jane Doe said the family deserved better.'))).toEqual([expect.objectContaining({ speaker: 'Jane Doe', text: 'the family deserved better' })]);
    // a time after the verb is still no statement
    expect(readable(annotate('Jane Doe said on Thursday morning.'))).toEqual([]);
  });

  it('gives the words to the person named before a place or organization they come from', () => {
    expect(readable(annotate('Sen. Jane Doe of Vermont said the plan was dead.'))[0]).toEqual(expect.objectContaining({ speaker: 'Jane Doe', text: 'the plan was dead' }));
    expect(readable(annotate('Jane Doe of the Brookings Institution said the plan was dead.'))[0]).toEqual(expect.objectContaining({ speaker: 'Jane Doe' }));
    expect(readable(annotate('Gov. Jane Doe of Ohio, a Republican who has refused to endorse Bill Roe, said the plan was dead.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'the plan was dead' }),
    );
  });
});

describe('what stands between the subject, the verb and the words', () => {
  it('skips a time between subject and verb ("on Thursday evening", "last week")', () => {
    expect(readable(annotate('Party spokesman John Roe on Thursday evening said the party was not in a crisis.'))[0]).toEqual(expect.objectContaining({ speaker: 'John Roe' }));
    expect(readable(annotate('Jane Doe last week said the party was not in a crisis.'))[0]).toEqual(expect.objectContaining({ speaker: 'Jane Doe' }));
  });

  it('skips an aside between spaced hyphens, and a day after a participle in the subject', () => {
    expect(readable(annotate("Jane Doe - Roe's partner and co-host on his channel - told The Washington Post that the plan turned extreme."))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'the plan turned extreme' }),
    );
    expect(readable(annotate('A court document filed Thursday says that the manager will not be prosecuted.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'court document', text: 'the manager will not be prosecuted' }),
    );
  });

  it('reads the words after a listener, where they are from and when ("told The Star of Newark last week she …")', () => {
    expect(readable(annotate('Jane Doe told The Newark Star of New Jersey last week she would rather vote for Bill Roe.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'she would rather vote for Bill Roe' }),
    );
  });

  it('reads a phrase set off by a comma as part of the words, a one-word answer, and ends the words at a comparison', () => {
    expect(readable(annotate('Jane Doe spoke. She says despite all that, the plan was not influenced by donors.'))[0]).toEqual(
      expect.objectContaining({ text: 'despite all that, the plan was not influenced by donors' }),
    );
    expect(readable(annotate('Asked if it was illegal, 46 percent of voters said yes, compared with 23 percent who said it was fine.')).map((statement) => statement.text)).toEqual([
      'yes',
      'it was fine',
    ]);
  });

  it('reads opening phrases of time and circumstance as no words, and the participle as the main subject\'s', () => {
    const found = readable(annotate('On Tuesday, even as shares of Acme were tumbling, Jane Doe wrote to investors, telling them Acme was worth far more.'));
    expect(found).toEqual([expect.objectContaining({ speaker: 'Jane Doe', text: 'Acme was worth far more' })]);
    // an opening phrase before an attribution set off by commas belongs to the words that resume after it
    expect(readable(annotate('If few delegates are at stake, the campaign said, it may not bother taking that step.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'campaign', text: 'If few delegates are at stake, the campaign said, it may not bother taking that step' }),
    );
  });

  it('reads "said to laughs" and "said 30 minutes into the debate" as no words', () => {
    expect(readable(annotate('Jane Doe said to laughs.', 'Jane Doe said 30 minutes into the debate.'))).toEqual([]);
  });

  it('reads an object of three content words as what was said, a shorter one as a target only', () => {
    expect(readable(annotate("Jane Doe criticized the governor's handling of the storm."))).toEqual([
      expect.objectContaining({ speaker: 'Jane Doe', text: "the governor's handling of the storm" }),
    ]);
    expect(readable(annotate('Jane Doe criticized the plan.'))).toEqual([]);
  });

  it('reads "added 160 guards" as a count, not words', () => {
    expect(readable(annotate('In Chicago, organizers added 160 guards along the route, the Chicago Sun reported.'))).toEqual([
      expect.objectContaining({ speaker: 'Chicago Sun', text: 'In Chicago, organizers added 160 guards along the route' }),
    ]);
  });

  it('gives a question asked "by" someone to the asker, and the quote before it to the one answering', () => {
    const found = readable(annotate('Bill Roe spoke in Iowa. "Absolutely," he said when asked by a reporter if that remains his view.'));
    expect(found).toEqual([
      expect.objectContaining({ speaker: 'Bill Roe', kind: 'DIRECT', text: 'Absolutely' }),
      expect.objectContaining({ speaker: 'reporter', kind: 'INDIRECT', text: 'if that remains his view' }),
    ]);
  });

  it('reads the question after a listener ("tells them why …"), not an instruction ("tell them how to vote")', () => {
    expect(readable(annotate("Jane Doe tells investors why the company's stock is a good buy."))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: "why the company's stock is a good buy" }),
    );
    expect(readable(annotate('Readers may not let editorials tell them how to vote.'))).toEqual([]);
  });

  it('reads a listener named with the noun it modifies before a trailing time ("told a Senate panel Wednesday")', () => {
    expect(readable(annotate('The force will assist Kurdish fighters, Defense Secretary Jane Doe told a Senate panel Wednesday.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'The force will assist Kurdish fighters' }),
    );
  });

  it('reads "said" the tagger took for an adjective after a name it took for a verb ("Ian Read said")', () => {
    expect(readable(annotate('Pfizer chief executive Ian Read said company leaders had paid attention.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Ian Read', text: 'company leaders had paid attention' }),
    );
  });

  it('reads polls: "said no." without its period, a share after "and", a main clause after an opening "While", the subject a relative clause describes', () => {
    expect(readable(annotate('Asked if he was ever bullied, the Republican candidate Bill Roe said no.'))[0]).toEqual(expect.objectContaining({ text: 'no' }));
    expect(readable(annotate('Six in 10 voters said Roe is honest, and three-quarters said the same of Doe.'))[0]).toEqual(expect.objectContaining({ text: 'Roe is honest' }));
    expect(readable(annotate('While only 7 percent said they are undecided, 27 percent of those who named a candidate said they could change their mind.'))).toEqual([
      expect.objectContaining({ speaker: '7 percent', text: 'they are undecided' }),
      expect.objectContaining({ speaker: '27 percent', text: 'they could change their mind' }),
    ]);
  });

  it('reads the question after "asked whether/why/how"', () => {
    expect(readable(annotate('The union asked whether candidates supported the bill.'))[0]).toEqual(expect.objectContaining({ speaker: 'union', text: 'whether candidates supported the bill' }));
  });

  it('skips a long aside between dashes', () => {
    expect(readable(annotate('Jane Doe -- who has been involved in a long public dispute with the presumptive nominee over the past few days -- said she regretted her remarks.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'she regretted her remarks' }),
    );
  });

  it('finds the attribution further after a quote when a comma sets it off (a relative clause in the subject, a clause after the quote)', () => {
    expect(readable(annotate('"A raise will help me," Jane Doe, who works at a heating company in a small town near the coast, said on a media call.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', kind: 'DIRECT', text: 'A raise will help me' }),
    );
    expect(readable(annotate('"Many would consider that an embarrassment" if she did not win by a margin larger than that, said Jane Doe, an analyst.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', kind: 'DIRECT' }),
    );
  });

  it('reads a phrase right after the verb as where it was said, or as part of the words', () => {
    expect(readable(annotate('Jane Doe said in an interview the plan was dead.'))[0]).toEqual(expect.objectContaining({ text: 'the plan was dead' }));
    expect(readable(annotate('Jane Doe said in politics it takes time to build trust.'))[0]).toEqual(expect.objectContaining({ text: 'in politics it takes time to build trust' }));
    expect(readable(annotate('Jane Doe said at a rally in Iowa.'))).toEqual([]);
  });

  it('ends words in an opening "Although …" clause where a main clause starts after a phrase', () => {
    const found = readable(annotate('Jane Doe spoke on Friday. Although in May she said the account was a mistake, at the town hall this week she said it was not wrong.'));
    expect(found).toEqual([
      expect.objectContaining({ speaker: 'Jane Doe', text: 'the account was a mistake' }),
      expect.objectContaining({ speaker: 'Jane Doe', text: 'it was not wrong' }),
    ]);
    expect(readable(annotate('Although Jane Doe said the plan would fail, in the end it succeeded.'))[0]).toEqual(expect.objectContaining({ text: 'the plan would fail' }));
  });

  it('reads a clause after "admitted" or "confirmed" as words a group said, and a bare object not', () => {
    expect(readable(annotate('The friends admitted the dynamic between the two of them most likely does not reflect most voters.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'friends', text: 'the dynamic between the two of them most likely does not reflect most voters' }),
    );
    expect(readable(annotate('The officials confirmed the report was accurate.'))[0]).toEqual(expect.objectContaining({ speaker: 'officials', text: 'the report was accurate' }));
    expect(readable(annotate('The officials confirmed the deal with the union.'))).toEqual([]);
  });

  it('gives a participle clause the main subject when the tagger misreads the main verb or the participle', () => {
    expect(readable(annotate('Jane Doe spoke. She rips the agreement to restructure the debt, arguing that the deal favors creditors.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'the deal favors creditors' }),
    );
    expect(readable(annotate('The families had mobilized, warning that the deal would decimate the culture.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'families', text: 'the deal would decimate the culture' }),
    );
  });

  it('ends words inside an opening phrase where the main clause starts, past an adverb', () => {
    expect(readable(annotate('In a year in which Jane Doe said the voters do not trust her, even some allies questioned why.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'the voters do not trust her' }),
    );
  });

  it('reads "said of X" as whom the words are about, not as the words', () => {
    expect(readable(annotate('Jane Doe said of the encounter she had last week with the senator.'))).toEqual([]);
    expect(readable(annotate('Jane Doe said of the plan that it would fail.'))[0]).toEqual(expect.objectContaining({ text: 'it would fail' }));
  });

  it('leaves alone a relative clause of the listener and a time of a few days', () => {
    expect(readable(annotate("Jane Doe told a crowd at Hamburger Mary's that spilled out onto the street."))).toEqual([]);
    expect(readable(annotate('Jane Doe told a crowd at the bar that the plan would fail.'))[0]).toEqual(expect.objectContaining({ text: 'the plan would fail' }));
    expect(readable(annotate('The group was sued, as the newspaper reported a few days later.'))).toEqual([]);
  });

  it('leaves alone what "nobody" says and a name given with "called"', () => {
    expect(readable(annotate('Nobody in the province is talking about going that far.'))).toEqual([]);
    expect(readable(annotate('An anti-tax super PAC called Our Principles is ramping up its operations.'))).toEqual([]);
    expect(readable(annotate('Jane Doe called Congress a disgrace to the nation.'))[0]).toEqual(expect.objectContaining({ text: 'Congress a disgrace to the nation' }));
  });

  it('finds the subject before an aside of any kind set off by commas, and a party and state', () => {
    expect(readable(annotate('Jane Doe, clad in a red cape with lights that formed the name Acme, said the convention could be a failure.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'the convention could be a failure' }),
    );
    expect(readable(annotate('Sen. Jane Doe, R-Fla., appearing on Fox News right after the speech, said the plan failed.'))[0]).toEqual(expect.objectContaining({ speaker: 'Jane Doe' }));
    expect(readable(annotate("But Sen. Jane Doe (D-Ill.), noting the size of the crowd, said the senator has a heck of an email list."))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'the senator has a heck of an email list' }),
    );
    expect(readable(annotate('On Tuesday in Berea, Ohio, after winning the primary, Gov. Jane Doe (R-OH), said the race would go on.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe' }),
    );
  });

  it('gives ", recently telling …" the main subject, and "X thanked Y and said …" the subject of the verb "and" joins', () => {
    expect(readable(annotate('Jane Doe has expressed frustration about her debate with John Roe, recently telling a friend that she is perplexed.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'she is perplexed' }),
    );
    expect(readable(annotate('Some in the crowd booed, and when Jane Doe thanked Miami and said it was great to be home, a man yelled “Shame!”'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'it was great to be home' }),
    );
  });

  it('gives a partial quote ending its sentence to that sentence, not to the speaker of the next', () => {
    const found = readable(annotate('On Twitter, Jane Doe called the plan “unhinged.” Sen. John Roe said the idea was offensive.'));
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'DIRECT', speaker: 'Jane Doe', text: 'unhinged' })]));
    expect(found.filter((statement) => statement.speaker === 'John Roe')).toHaveLength(1);
  });

  it("gives a partial quote of a few words ending its sentence to the clause's named subject, when no verb of saying does", () => {
    expect(readable(annotate("Jane Doe, a former candidate for governor, labeled Mr. Roe ''unfit to be president.''"))[0]).toEqual(
      expect.objectContaining({ kind: 'DIRECT', speaker: 'Jane Doe', text: 'unfit to be president' }),
    );
    expect(readable(annotate('Jane Doe attended the “Make America Great” rally.'))).toEqual([]);
  });

  it('reads "Doe says, “…”" with "says" taken for a noun', () => {
    expect(readable(annotate('Ted Cruz spoke. Cruz says, “That is a perfectly reasonable determination for the people to make.”'))[0]).toEqual(
      expect.objectContaining({ kind: 'DIRECT', speaker: 'Ted Cruz' }),
    );
  });

  it('gives "issued a statement saying …" to the issuer, and an opening participle to the main clause\'s subject', () => {
    expect(readable(annotate('Shortly after the announcement, Sen. Jane Doe (R-Ky.) issued a statement saying that the Senate should not confirm a replacement.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'the Senate should not confirm a replacement' }),
    );
    expect(readable(annotate('In a statement announcing the pick, the Association of Flight Attendants said the choice was clear.'))).toEqual(
      expect.arrayContaining([expect.objectContaining({ speaker: 'Association of Flight Attendants', text: 'the pick' })]),
    );
  });

  it('finds the subject past an aside closed before an auxiliary, a day after "later", and not in a participle "and" joins', () => {
    expect(readable(annotate('Jane Doe, who won Oklahoma and her home state of Texas, is calling for some of her rivals to drop out.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe' }),
    );
    expect(readable(annotate('Jane Doe spoke. Doe later Thursday told Fox News that both men agreed.'))[0]).toEqual(expect.objectContaining({ speaker: 'Jane Doe' }));
    expect(readable(annotate('Jane Doe met survivors and relatives of the 49 people killed on Thursday and said the country must act.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'the country must act' }),
    );
    expect(readable(annotate('In Washington, Jane Doe released a statement Thursday night condemning what appears to be a horrific attack.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe' }),
    );
  });

  it('finds the subject before an aside ending in a partial quote, and before a long description in parentheses', () => {
    expect(readable(annotate('Jane Doe, who calls the senator a “sociopath,” said she does not believe the effort requires an alternative.'))).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'INDIRECT', speaker: 'Jane Doe', text: 'she does not believe the effort requires an alternative' })]),
    );
    expect(readable(annotate('But Sen. Jane Doe (a Connecticut Democrat so boyish she has been mistaken for a junior staffer) says she was unfocused.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'she was unfocused' }),
    );
  });

  it('reads "Sen. Jane Doe (D-R.I.), said …" in one sentence, with no party or state taken for a name', () => {
    const annotation = annotate("Sen. Jane Doe (D-R.I.), said after a lunch on Tuesday that she hadn't read the plan.");
    expect(readable(annotation)[0]).toEqual(expect.objectContaining({ speaker: 'Jane Doe', text: "she hadn't read the plan" }));
    expect(annotation.entities.map((entity) => entity.name)).toEqual(['Jane Doe']);
  });

  it('reads the main clause after an opening "As reported by X," as X\'s words', () => {
    expect(readable(annotate('As first reported by The Daily Ledger, the agency had opened an inquiry into the firm.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Daily Ledger', text: 'the agency had opened an inquiry into the firm' }),
    );
  });

  it('reads "maintained her edge" as keeping, and "maintained that …" as saying', () => {
    expect(readable(annotate('Jane Doe maintained her double-digit edge among women and young voters.'))).toEqual([]);
    expect(readable(annotate('Jane Doe maintained that the plan was sound.'))[0]).toEqual(expect.objectContaining({ text: 'the plan was sound' }));
  });

  it('finds the subject past a time after an aside, and past an aside between dashes holding a hyphenated word', () => {
    expect(readable(annotate('Jane Doe, the party chairman, this past week announced that the vote would be delayed.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'the vote would be delayed' }),
    );
    expect(readable(annotate('A spokesman for the Acme brand - a 12-employee business - noted that the company offers eight weeks of paid leave.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'spokesman', text: 'the company offers eight weeks of paid leave' }),
    );
  });

  it('starts the words after a longer phrase of time set off by a comma, and reads "self-proclaimed" as no verb', () => {
    expect(readable(annotate('Jane Doe spoke. She explained after winning her home state on March 15, she would need 68 percent of the delegates.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'she would need 68 percent of the delegates' }),
    );
    expect(readable(annotate('Jane Doe, the self-proclaimed, consummate political outsider, is set to meet the titans of the establishment.'))).toEqual([]);
  });

  it('records the relative pronoun before the verb ("Doe, who said …", "critics who say …") as a mention of the speaker', () => {
    const text = 'The magnitude of the loss was steep for Jane Doe, who said she intended to take a day off.';
    const annotation = annotate(text);
    const doe = annotation.entities.find((entity) => entity.name === 'Jane Doe')!;
    const who = annotation.article.text.indexOf('who');
    expect(doe.mentions).toEqual(expect.arrayContaining([expect.objectContaining({ start: who, end: who + 3 })]));
    const critics = annotate('The senator rebuked critics who say he should condemn the group.');
    const at = critics.article.text.indexOf('who');
    expect(critics.entities.find((entity) => entity.name === 'critics')!.mentions).toEqual(expect.arrayContaining([expect.objectContaining({ start: at, end: at + 3 })]));
  });

  it('finds the subject before a short aside ("for instance"), before an adverb after an aside, and the sender of "a letter this week urging …"', () => {
    expect(readable(annotate('Cement makers, for instance, argue that imports from abroad would undercut them.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'cement makers', text: 'imports from abroad would undercut them' }),
    );
    expect(readable(annotate('Jane Doe spoke. Doe, exasperated, famously responded: “What difference does it make?”'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', kind: 'DIRECT' }),
    );
    expect(readable(annotate('A coalition of nearly 40 groups sent a letter this week urging Congress to pass a measure that would fund research.'))[0]).toEqual(
      expect.objectContaining({ speaker: '40 groups' }),
    );
  });

  it('reads "states that" after a noun as the verb the tagger took for a noun, and not "the states that border …"', () => {
    expect(readable(annotate('The agency estimates that the plan will cost more.'))[0]).toEqual(expect.objectContaining({ speaker: 'agency', text: 'the plan will cost more' }));
    expect(readable(annotate('The states that border the river are worried.'))).toEqual([]);
  });

  it('reads "went on to say that …", "while also saying that …" and "but warning that …" (a participle the tagger read as a noun)', () => {
    expect(readable(annotate('Jane Doe spoke. She went on to say that some lawmakers are mad at her.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'some lawmakers are mad at her' }),
    );
    expect(readable(annotate('Jane Doe said she was ready, while also saying that she expects to do well with voters.'))).toEqual([
      expect.objectContaining({ speaker: 'Jane Doe', text: 'she was ready' }),
      expect.objectContaining({ speaker: 'Jane Doe', text: 'she expects to do well with voters' }),
    ]);
    expect(readable(annotate('Jane Doe did it sideways, acknowledging that the rival had tapped into a vein but warning that his style would have repercussions.'))).toHaveLength(2);
    expect(readable(annotate('Jane Doe refused to say whether she would run.'))).toEqual([]);
  });

  it('ends words before a trailing attribution by a name of several words (", BFM TV reported")', () => {
    const found = readable(annotate('Local authorities were treating the incident as an attack and urging people to stay home, BFM TV reported.'));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: 'BFM TV', text: 'Local authorities were treating the incident as an attack and urging people to stay home' }),
        expect.objectContaining({ speaker: 'authorities', text: 'people to stay home' }),
      ]),
    );
  });

  it('gives a participle the subject of the attribution right before it, and reads "upon saying"', () => {
    expect(readable(annotate('Comey cannot say that “from his perspective,” Jane Doe added, saying it should be up to the prosecutors.'))).toEqual(
      expect.arrayContaining([expect.objectContaining({ speaker: 'Jane Doe', text: 'it should be up to the prosecutors' })]),
    );
    expect(readable(annotate('Jane Doe, herself a supporter during the primary, incurred a wave of boos upon saying, “Hillary heard the passion of all of us.”'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', kind: 'DIRECT' }),
    );
  });

  it('gives a participle the subject of a later clause joined by "and", and no partner to a pronoun after "and"', () => {
    expect(readable(annotate('Over the past two weeks, prosecutors charged the officer and Jane Doe fired her police chief, acknowledging that the community had lost trust.'))).toEqual([
      expect.objectContaining({ speaker: 'Jane Doe', text: 'the community had lost trust' }),
    ]);
    expect(readable(annotate('Jane Doe met John Roe and she praised him, saying he would help.'))).toEqual([expect.objectContaining({ speaker: 'Jane Doe', text: 'he would help' })]);
  });

  it('resumes the words after an attribution set off by commas behind an opening infinitive of purpose, without the conjunction', () => {
    expect(readable(annotate('But to hit its long-term target, the advisory panel said, the tax must start increasing again in 2018.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'advisory panel', text: 'to hit its long-term target, the advisory panel said, the tax must start increasing again in 2018' }),
    );
  });

  it('starts the words after a day named between the verb and "that"', () => {
    expect(readable(annotate('Jane Doe said Wednesday that she called her rival after the primaries.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'she called her rival after the primaries' }),
    );
  });

  it('reads the main clause after an opening "As X noted," as X\'s words, not after "As he promised,"', () => {
    expect(readable(annotate('But as Jane Doe noted, those voters will give the senator a second look.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'Jane Doe', text: 'those voters will give the senator a second look' }),
    );
    expect(readable(annotate('As the newspaper recently reported, trust in government is collapsing around the world.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'newspaper', text: 'trust in government is collapsing around the world' }),
    );
    expect(readable(annotate('As Jane Doe promised, the city cut its property taxes.'))).toEqual([]);
  });
});

describe('shares of people polled as speakers', () => {
  it('reads "; most said …" with "most" tagged an adverb, and ends words before ", while nine in 10 said …"', () => {
    expect(readable(annotate('Voters were worried; most said they were very worried about jobs.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'most', text: 'they were very worried about jobs' }),
    );
    expect(readable(annotate('About four out of 10 voters said life would be worse, while nine in 10 said they thought the economy favors the wealthy.'))).toEqual([
      expect.objectContaining({ text: 'life would be worse' }),
      expect.objectContaining({ speaker: 'nine in 10', text: 'they thought the economy favors the wealthy' }),
    ]);
  });

  it('reads "Six in 10 say …", "Nearly nine out of 10 say …" and "Some say …", where the tagger takes "say" for a noun', () => {
    expect(readable(annotate('Six in 10 say he is at least somewhat decisive.'))[0]).toEqual(expect.objectContaining({ speaker: 'six in 10', text: 'he is at least somewhat decisive' }));
    expect(readable(annotate('Nearly nine out of 10 say they will need new skills.'))[0]).toEqual(expect.objectContaining({ speaker: 'nine out of 10', text: 'they will need new skills' }));
    expect(readable(annotate('Some say they hear echoes of a painful past.'))[0]).toEqual(expect.objectContaining({ speaker: 'some', text: 'they hear echoes of a painful past' }));
  });

  it('reads "One in three said A and one in four said B" as two shares, each with its own words', () => {
    const found = readable(annotate("One in three said the party doesn't care about the community and one in four said the party was hostile to it."));
    expect(found).toEqual([
      expect.objectContaining({ speaker: 'one in three', text: "the party doesn't care about the community" }),
      expect.objectContaining({ speaker: 'one in four', text: 'the party was hostile to it' }),
    ]);
  });

  it('reads "those surveyed say …" as the people polled', () => {
    expect(readable(annotate('By double digits, those surveyed say stricter gun laws would help.'))[0]).toEqual(
      expect.objectContaining({ speaker: 'those surveyed', text: 'stricter gun laws would help' }),
    );
  });

  it('leaves "a say" alone', () => {
    expect(readable(annotate('The survey gave voters a say.'))).toEqual([]);
  });
});
