// The floor Phaser itself sets: a bare Phaser 4 page showing one text object, built with the
// same Vite settings as the game. The benchmark measures the game against this.
import Phaser from 'phaser';

class OneText extends Phaser.Scene {
  create(): void {
    this.add.text(100, 100, 'On the Record', { fontFamily: 'system-ui', fontSize: '64px', color: '#f7f2e8' });
    // The same mark the game makes when its title has drawn.
    performance.mark('on-the-record:Title');
    document.documentElement.dataset.ready = 'true';
  }
}

const renderer = new URLSearchParams(location.search).get('renderer') === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS;
new Phaser.Game({
  type: renderer,
  parent: 'game',
  width: 1920,
  height: 1080,
  backgroundColor: '#0e1a2b',
  banner: false,
  audio: { noAudio: true },
  scene: [OneText],
});
