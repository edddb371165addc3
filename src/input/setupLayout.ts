/** Questions per column on the setup screen: the arrow keys and the drawing share it. */
export const SETUP_ROWS = 5;
/** Columns of questions at most: a longer pack shows a page of SETUP_ROWS × SETUP_COLUMNS at a time (the arrow keys cross pages). */
export const SETUP_COLUMNS = 3;
export const SETUP_PER_PAGE = SETUP_ROWS * SETUP_COLUMNS;
