import { describe, expect, it } from 'vitest';
import { annotate } from '../support/extract.ts';

const entity = (annotation: ReturnType<typeof annotate>, name: string) => annotation.entities.find((candidate) => candidate.name === name);

describe('entities', () => {
  it('splits titles off names and records the role with its owner', () => {
    const annotation = annotate('France’s Foreign Minister Claire Dubois met Chinese President Li Wen in Beijing.');
    const dubois = entity(annotation, 'Claire Dubois');
    expect(dubois?.kind).toBe('PERSON');
    expect(dubois?.roles).toEqual([{ title: 'Foreign Minister', of: 'place-france' }]);
    expect(entity(annotation, 'Li Wen')?.roles).toEqual([{ title: 'President', of: 'place-china' }]);
  });

  it('reads a country\'s name after a first name as a surname, and the country elsewhere', () => {
    const annotation = annotate('Deborah Jordan Reynolds met Michael Jordan on Monday. The minister visited Jordan later.');
    expect(entity(annotation, 'Deborah Jordan Reynolds')?.kind).toBe('PERSON');
    expect(entity(annotation, 'Michael Jordan')?.kind).toBe('PERSON');
    expect(entity(annotation, 'Jordan')?.kind).toBe('PLACE');
  });

  it('keeps a place inside an organization\'s name ("University of Texas", "The Texas Tribune")', () => {
    const annotation = annotate('Professors at the University of Vermont said it. The Vermont Tribune reported it first. Vermont lawmakers disagreed.');
    expect(entity(annotation, 'University of Vermont')?.kind).toBe('ORGANIZATION');
    expect(entity(annotation, 'Vermont Tribune')?.kind).toBe('ORGANIZATION');
    expect(entity(annotation, 'Vermont')?.kind).toBe('PLACE');
  });

  it('resolves a surname to the full name and keeps it as an alias', () => {
    const annotation = annotate('Senator Maria Lopez criticized the bill. Lopez said the bill would fail in committee.');
    const lopez = entity(annotation, 'Maria Lopez');
    expect(lopez?.aliases).toContain('Lopez');
    expect(lopez?.mentions).toHaveLength(2);
    expect(annotation.entities.filter((candidate) => candidate.kind === 'PERSON')).toHaveLength(1);
  });

  it('reads lower-case role descriptors and their organization', () => {
    const annotation = annotate('The warning came from White House spokesman Tom Reyes on Friday.');
    const reyes = entity(annotation, 'Tom Reyes');
    expect(reyes?.roles).toEqual([{ title: 'Spokesman', of: 'organization-white-house' }]);
    expect(reyes?.aliases).toContain('White House spokesman');
  });

  it('uses demonyms and capitals for the state, keeping the surface form, but a capital after "in" is the city', () => {
    const annotation = annotate('Beijing rejected the Japanese proposal, officials in Tokyo said.');
    expect(entity(annotation, 'China')?.aliases).toContain('Beijing');
    expect(entity(annotation, 'Japan')?.aliases).toContain('Japanese');
    expect(entity(annotation, 'Tokyo')?.kind).toBe('PLACE');
  });

  it('strips possessives and links an acronym in parentheses', () => {
    const annotation = annotate('Brazil’s National Petroleum Agency (NPA) raised prices.');
    const agency = entity(annotation, 'National Petroleum Agency');
    expect(agency?.kind).toBe('ORGANIZATION');
    expect(agency?.aliases).toContain('NPA');
    expect(entity(annotation, 'Brazil')).toBeDefined();
    expect(annotation.entities.some((candidate) => candidate.name.includes('’s'))).toBe(false);
  });

  it('does not take a capitalized word at a sentence start for a name', () => {
    const annotation = annotate('Sometimes the talks fail. Negotiators went home.');
    expect(annotation.entities).toEqual([]);
  });

  it('gives stable ids: the same text yields the same annotation', () => {
    expect(annotate('Kenya’s President Ruto said trade grew.')).toEqual(annotate('Kenya’s President Ruto said trade grew.'));
  });
});

describe('roles set off by commas and wire datelines', () => {
  it('reads "Germany’s finance minister, Jane Roth," as a role of Germany', () => {
    const annotation = annotate('Germany’s finance minister, Jane Roth, welcomed the decision.');
    const roth = annotation.entities.find((candidate) => candidate.name === 'Jane Roth');
    expect(roth?.roles).toEqual([{ title: 'Finance Minister', of: 'place-germany' }]);
  });

  it('attributes a story to the agency of its dateline, with or without a date', async () => {
    const { readable } = await import('../support/extract.ts');
    for (const dateline of ['OSLO (Reuters) -', 'OSLO, May 3 (AP) —']) {
      const [statement] = readable(annotate(`${dateline} Norway will raise taxes, Prime Minister Ola Berg said.`));
      expect(statement).toMatchObject({ speaker: 'Ola Berg', text: 'Norway will raise taxes' });
      expect(statement!.reportedBy).toMatch(/Reuters|Associated Press/);
    }
  });
});

describe('places by their last word', () => {
  it('takes "Downing Street", "Silicon Valley", "Strait of Hormuz" for places, but not a speaker', () => {
    const annotation = annotate('Officials in Downing Street watched tankers cross the Strait of Hormuz. Silicon Valley investors met the mayor.');
    const kinds = Object.fromEntries(annotation.entities.map((entity) => [entity.name, entity.kind]));
    expect(kinds).toMatchObject({ 'Downing Street': 'PLACE', 'Strait of Hormuz': 'PLACE', 'Silicon Valley': 'PLACE' });
    expect(annotate('Mark Bridge said the plan would fail.').entities[0]).toMatchObject({ name: 'Mark Bridge', kind: 'PERSON' });
  });
});
