/**
 * The studio's own practice article, one per language: made up (every name, place and number),
 * short, with a quote for each kind of speaker, one cue the studio cannot place, reported
 * speech and the paper's own reporting, so that a first pack meets every step once.
 */
import type { Example } from '../core/studio/guide';

const en: Example = {
  title: 'The Alder Creek library (practice pack)',
  summary: 'A made-up town argues about turning its old library into a climbing centre.',
  info: {
    title: 'Will the old Alder Creek library become a climbing centre?',
    outlet: 'The Alder Creek Herald',
    author: 'Mina Toth',
    date: 'March 2031',
  },
  body: [
    'Councillor Ruth Amadi said on Tuesday that the empty library on Mill Street would open as a climbing centre “by the end of the school year.” She called the plan “the best use of a building we already own.”',
    'Structural engineer Paulo Greer, who inspected the building in January, said the walls were “strong enough to hold the climbing holds.” But he warned that the roof “needs new beams before anyone climbs under it.”',
    'Sports economist Lena Ward said a climbing centre could pay its way, “but only with at least two hundred members.” She said nobody had asked how many people in town would join.',
    'The council has not yet voted on the money for the roof.',
  ].join('\n\n'),
};

const es: Example = {
  title: 'La biblioteca de Alder Creek (paquete de práctica)',
  summary: 'Un pueblo inventado discute si convertir su vieja biblioteca en un rocódromo.',
  info: {
    title: '¿Será la vieja biblioteca de Alder Creek un rocódromo?',
    outlet: 'El Heraldo de Alder Creek',
    author: 'Mina Toth',
    date: 'marzo de 2031',
  },
  body: [
    'La concejala Ruth Amadi dijo el martes que la biblioteca vacía de la calle Mill abriría como rocódromo “antes de que acabe el curso escolar.” Llamó al plan “el mejor uso de un edificio que ya es nuestro.”',
    'El ingeniero de estructuras Paulo Greer, que inspeccionó el edificio en enero, dijo que los muros eran “lo bastante fuertes para sujetar las presas.” Pero advirtió que el tejado “necesita vigas nuevas antes de que nadie escale debajo.”',
    'La economista del deporte Lena Ward dijo que un rocódromo podría cubrir sus costes, “pero solo con al menos doscientos socios.” Dijo que nadie había preguntado cuántos vecinos se apuntarían.',
    'El concejo aún no ha votado el dinero para el tejado.',
  ].join('\n\n'),
};

export const studioExamples = { en, es } as const;
