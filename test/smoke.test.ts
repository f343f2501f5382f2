import t from 'tap'
import { version } from '../src/index.js'

t.equal(version, '0.1.0')
