// The CSV's answer cell, as the export writes it (the module lives on the browser side but is DOM-free to import).
export { answerText as answerTextForTest } from '../../src/services/exportResults';
