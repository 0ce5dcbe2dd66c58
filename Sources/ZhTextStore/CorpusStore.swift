import GRDB
import ZhText
