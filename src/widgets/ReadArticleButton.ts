import type Phaser from 'phaser';
import { addButton, buttonWidth } from './Button';
import { t } from '../i18n/strings';

/**
 * "Read the article · S": the reading screen's button, on the title and a level's intro. Right
 * edge at `right`; it takes the longest label that keeps it clear of `left` (the text beside it).
 */
export function addReadArticleButton(scene: Phaser.Scene, spec: { right: number; left: number; y: number; height?: number; onClick: () => void }): void {
  const labels: [string, string | undefined][] = [
    [t.readArticle, 'S'],
    [t.article, 'S'],
    [t.article, undefined],
  ];
  const [label, hint] = labels.find(([l, h]) => spec.right - buttonWidth(l, h) >= spec.left) ?? labels[labels.length - 1]!;
  addButton(scene, { x: spec.right, y: spec.y, anchor: 'right', height: spec.height, label, hint, name: 'action:read-article', onClick: spec.onClick });
}
