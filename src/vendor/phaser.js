/**
 * Phaser 4, built from its own sources with only the parts this game draws with: scenes,
 * cameras, input, text, graphics, zones, and tweens and timelines for the motion, on the Canvas
 * and WebGL renderers. The stock
 * bundle carries two physics engines, tilemaps, sound, particles and more that a quiz on a
 * projector never uses, and every byte of it is parsed before the title can show.
 * vite.config.ts points `phaser` here for builds (the dev server keeps the stock bundle) and
 * sets Phaser's build flags; the types stay Phaser's own. A Phaser object used without being
 * listed here fails in the browser tests, which run the build, not silently.
 */
require('../../node_modules/phaser/src/polyfills/requestVideoFrame');

var CONST = require('../../node_modules/phaser/src/const');
var Extend = require('../../node_modules/phaser/src/utils/object/Extend');

var Phaser = {
  Cameras: { Scene2D: require('../../node_modules/phaser/src/cameras/2d') },
  Core: require('../../node_modules/phaser/src/core'),
  Display: { Color: require('../../node_modules/phaser/src/display/color') },
  Events: require('../../node_modules/phaser/src/events'),
  Game: require('../../node_modules/phaser/src/core/Game'),
  GameObjects: {
    DisplayList: require('../../node_modules/phaser/src/gameobjects/DisplayList'),
    GameObjectCreator: require('../../node_modules/phaser/src/gameobjects/GameObjectCreator'),
    GameObjectFactory: require('../../node_modules/phaser/src/gameobjects/GameObjectFactory'),
    UpdateList: require('../../node_modules/phaser/src/gameobjects/UpdateList'),
    GameObject: require('../../node_modules/phaser/src/gameobjects/GameObject'),
    GetCalcMatrix: require('../../node_modules/phaser/src/gameobjects/GetCalcMatrix'),
    Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/Graphics'),
    Text: require('../../node_modules/phaser/src/gameobjects/text/Text'),
    Zone: require('../../node_modules/phaser/src/gameobjects/zone/Zone'),
    Factories: {
      Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory'),
      Text: require('../../node_modules/phaser/src/gameobjects/text/TextFactory'),
      Zone: require('../../node_modules/phaser/src/gameobjects/zone/ZoneFactory'),
    },
  },
  Geom: { Rectangle: require('../../node_modules/phaser/src/geom/rectangle') },
  Input: require('../../node_modules/phaser/src/input'),
  Math: { Vector2: require('../../node_modules/phaser/src/math/Vector2') },
  Plugins: require('../../node_modules/phaser/src/plugins'),
  Renderer: require('../../node_modules/phaser/src/renderer'),
  Scale: require('../../node_modules/phaser/src/scale'),
  Scene: require('../../node_modules/phaser/src/scene/Scene'),
  Scenes: require('../../node_modules/phaser/src/scene'),
  Textures: require('../../node_modules/phaser/src/textures'),
  // Requiring them registers the scene plugin (`scene.tweens`) and the `add.timeline` factory.
  Time: { Timeline: require('../../node_modules/phaser/src/time/Timeline') },
  Tweens: require('../../node_modules/phaser/src/tweens'),
};

module.exports = Extend(false, Phaser, CONST);
